# The sanitizer builds: ASan and UBSan on every target, so memory errors fail the suite; or
# ThreadSanitizer, so data races and lock-order inversions in the threaded parts fail it. The two
# cannot share a process, so they are separate trees (scripts/build asan, scripts/build tsan).
if(KIOSK_SANITIZE AND KIOSK_SANITIZE_THREAD)
  message(FATAL_ERROR "KIOSK_SANITIZE and KIOSK_SANITIZE_THREAD exclude each other: use two build trees")
endif()
if(KIOSK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(KIOSK_SANITIZE_THREAD)
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
