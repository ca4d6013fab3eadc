#!/usr/bin/env python3
"""A small server playing a Mastodon hashtag timeline for `kiosk feed`'s tests, on 127.0.0.1 only.

It prints its port on the first line of standard output, then serves until it is terminated.

  GET /api/v1/timelines/tag/<name>[?min_id=N]  the statuses newer than N (ids compared as numbers,
                                               as Mastodon does), oldest-first paging like min_id,
                                               at most 2 a page, sent newest first
  (the statuses are read from the JSON array in the file named by the first argument, at every
  timeline request, so a test changes them by rewriting the file)
  GET /_ratelimit/<seconds>                    the next timeline request answers 429 with
                                               Retry-After: <seconds>
  GET /_requests                               the timeline requests so far, one path a line
"""
import http.server
import json
import sys
import threading
import urllib.parse

PAGE = 2


class State:
    lock = threading.Lock()
    statuses_file = None
    rate_limit = None
    requests = []


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type="application/json", extra=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path.startswith("/_ratelimit/"):
            with State.lock:
                State.rate_limit = url.path[len("/_ratelimit/"):]
            self.reply(200, b"ok\n", "text/plain")
        elif url.path == "/_requests":
            with State.lock:
                body = "".join(r + "\n" for r in State.requests).encode()
            self.reply(200, body, "text/plain")
        elif url.path.startswith("/api/v1/timelines/tag/"):
            self.timeline(url)
        else:
            self.reply(404, b'{"error":"Record not found"}')

    def timeline(self, url):
        with State.lock:
            State.requests.append(self.path)
            if State.rate_limit is not None:
                seconds, State.rate_limit = State.rate_limit, None
                self.reply(429, b'{"error":"Too many requests"}', extra=[("Retry-After", seconds)])
                return
            with open(State.statuses_file, encoding="utf-8") as f:
                statuses = sorted(json.load(f), key=lambda s: int(s["id"]))
        min_id = urllib.parse.parse_qs(url.query).get("min_id", [None])[0]
        if min_id is None:
            page = statuses[-PAGE:]          # the newest page
        else:
            page = [s for s in statuses if int(s["id"]) > int(min_id)][:PAGE]  # the oldest newer ones
        self.reply(200, json.dumps(list(reversed(page))).encode())


def main():
    State.statuses_file = sys.argv[1]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
