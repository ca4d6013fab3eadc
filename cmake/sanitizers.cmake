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
  # The tsan test preset sends reports here (log_path); TSan cannot create the folder itself.
  file(MAKE_DIRECTORY "${PROJECT_BINARY_DIR}/tsan-reports")
endif()

# The fuzzing build: every library gets libFuzzer's coverage hooks with ASan and UBSan; only the
# fuzz targets themselves link libFuzzer's main (tests/fuzz/CMakeLists.txt).
if(KIOSK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "KIOSK_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
