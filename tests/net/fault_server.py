#!/usr/bin/env python3
"""A misbehaving HTTP server for the kiosk's network tests, on 127.0.0.1 only.

It prints its port on the first line of standard output, then serves until it is terminated.

  GET  /content.yaml     answers in the current mode (counted by /_count)
  PUT  /content.yaml     sets the body the "good" mode serves
  GET  /fault/<mode>     answers this one request in <mode>
  GET  /_mode/<mode>     sets the current mode
  GET  /_date/<seconds>  sends Date headers that many seconds away from the real time
  GET  /_count           the number of /content.yaml requests so far
  GET  /agent            echoes the request's User-Agent

Modes: good, 500, 404, 429 (Retry-After: 2), 429-far (Retry-After: 3600), html200, hang, drip, truncate, huge (50 MiB with Content-Length),
huge-unsized (50 MiB without it), garbage, not-http (a line without a status), loop (redirects to itself), redirect-file
(redirects to file:///etc/passwd).

Lying lengths, on a connection kept alive: lie-long (the good body, announced as half its length,
sent at once), lie-long-late (the same, its second half half a second later), lie-short (the good
body announced 1000 bytes longer than it is, then silence), crlf-after (a true length, and a
stray line end after the body).
Headers: huge-header (one 1 MiB line), many-headers (20,000 lines), endless-header (a line that
never ends, 50 MiB of it), header-drip (a line that grows by a byte a second).
"""
import email.utils
import http.server
import sys
import threading
import time

HTML_PAGE = (b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
             b"<body><h1>Bad Gateway</h1><p>The upstream server is unavailable.</p></body></html>\n")
GARBAGE = b"event:\n  title: \"Unclosed\n  time_zone: [Europe/London\nspeakers: {{{\n"
HUGE = 50 * 1024 * 1024
DRIP_BYTES = 120
HEADER_COUNT = 20000


class State:
    lock = threading.Lock()
    mode = "good"
    body = b""
    count = 0
    date_offset = 0


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def date_time_string(self, timestamp=None):
        return email.utils.formatdate(time.time() + State.date_offset, usegmt=True)

    def reply(self, status, body, content_type="text/plain", length=None, extra=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self):
        length = int(self.headers.get("Content-Length", "0"))
        data = self.rfile.read(length)
        with State.lock:
            State.body = data
        self.reply(200, b"ok\n")

    def do_GET(self):
        path = self.path
        if path.startswith("/_mode/"):
            with State.lock:
                State.mode = path[len("/_mode/"):]
            self.reply(200, b"ok\n")
        elif path.startswith("/_date/"):
            State.date_offset = int(path[len("/_date/"):])
            self.reply(200, b"ok\n")
        elif path == "/_count":
            self.reply(200, str(State.count).encode())
        elif path == "/agent":
            self.reply(200, self.headers.get("User-Agent", "").encode())
        elif path.startswith("/fault/"):
            self.answer(path[len("/fault/"):])
        elif path == "/content.yaml":
            with State.lock:
                State.count += 1
                mode = State.mode
            self.answer(mode)
        else:
            self.reply(404, b"not found\n")

    def answer(self, mode):
        simple = {
            "500": (500, b"internal error\n", "text/plain"),
            "404": (404, b"not found\n", "text/plain"),
            "html200": (200, HTML_PAGE, "text/html"),
            "garbage": (200, GARBAGE, "application/yaml"),
        }
        if mode == "good":
            self.reply(200, State.body, "application/yaml")
        elif mode in simple:
            status, body, content_type = simple[mode]
            self.reply(status, body, content_type)
        elif mode in ("429", "429-far"):
            # Too many requests: come back in 2 s, or in an hour (past the kiosk's own cap).
            wait = "2" if mode == "429" else "3600"
            self.reply(429, b"slow down\n", "text/plain", extra=[("Retry-After", wait)])
        elif mode == "loop":
            self.reply(302, b"", extra=[("Location", self.path)])
        elif mode == "redirect-file":
            self.reply(302, b"", extra=[("Location", "file:///etc/passwd")])
        elif mode == "not-http":
            self.wfile.write(b"this is not HTTP\r\n\r\n")
            self.close_connection = True
        elif mode == "truncate":
            self.send_partial()
        elif mode in ("hang", "drip", "huge", "huge-unsized"):
            self.send_slow_or_large(mode)
        elif mode in ("lie-long", "lie-long-late", "lie-short", "crlf-after"):
            self.send_lying_length(mode)
        elif mode in ("huge-header", "many-headers", "endless-header", "header-drip"):
            self.send_bad_headers(mode)
        else:
            self.reply(400, b"unknown mode\n")

    def send_partial(self):
        body = State.body or b"posts: []\n"
        self.send_response(200)
        self.send_header("Content-Type", "application/yaml")
        self.send_header("Content-Length", str(len(body) + 1000))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.close_connection = True

    def send_lying_length(self, mode):
        body = State.body or b"posts: []\n"
        self.send_response(200)
        self.send_header("Content-Type", "application/yaml")
        announced = {"lie-short": len(body) + 1000, "crlf-after": len(body)}.get(mode, len(body) // 2)
        self.send_header("Content-Length", str(announced))
        self.end_headers()
        if mode == "crlf-after":
            self.wfile.write(body + b"\r\n")
        elif mode == "lie-long-late":
            # The first half ends the answer as announced; the rest waits in the connection for
            # whatever the client asks next.
            self.wfile.write(body[:announced])
            time.sleep(0.5)
            self.wfile.write(body[announced:])
        else:
            self.wfile.write(body)

    def send_bad_headers(self, mode):
        self.send_response(200)
        self.send_header("Content-Type", "application/yaml")
        if mode == "huge-header":
            self.send_header("X-Huge", "h" * (1024 * 1024))
        elif mode == "many-headers":
            for i in range(HEADER_COUNT):
                self.send_header("X-Header-%d" % i, "value")
        self.close_connection = True
        try:
            self.flush_headers()
            if mode == "endless-header":
                self.wfile.write(b"X-Endless: ")
                for _ in range(HUGE // 65536):
                    self.wfile.write(b"e" * 65536)
            elif mode == "header-drip":
                self.wfile.write(b"X-Drip: ")
                for _ in range(120):
                    self.wfile.write(b"d")
                    time.sleep(1)
            else:
                self.send_header("Content-Length", "10")
                self.end_headers()
                self.wfile.write(b"posts: []\n")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def send_slow_or_large(self, mode):
        if mode == "hang":
            time.sleep(120)
            self.close_connection = True
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/yaml")
        if mode == "huge":
            self.send_header("Content-Length", str(HUGE))
        elif mode == "drip":
            # A modest length, so that only the slowness can be held against it.
            self.send_header("Content-Length", str(DRIP_BYTES))
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            if mode == "drip":
                for _ in range(DRIP_BYTES):
                    self.wfile.write(b"#")
                    self.wfile.flush()
                    time.sleep(1)
            else:
                chunk = b"# padding\n" * 6554
                for _ in range(HUGE // len(chunk) + 1):
                    self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
