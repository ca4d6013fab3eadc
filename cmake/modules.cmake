# Module include paths that state the module graph. No target sees the source root: each module
# gets a staging folder in the build tree, <build>/include/<module>/kiosk/<module>, a link to its
# source folder, as its own PUBLIC include directory. So `#include "kiosk/x/y.h"` resolves only in
# a target that links kiosk_x (directly or through a PUBLIC dependency), and an include the CMake
# graph does not declare fails to compile.
function(kiosk_module_headers target module)
  set(stage "${PROJECT_BINARY_DIR}/include/${module}")
  file(MAKE_DIRECTORY "${stage}/kiosk")
  file(CREATE_LINK "${PROJECT_SOURCE_DIR}/kiosk/${module}" "${stage}/kiosk/${module}" SYMBOLIC)
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    target_include_directories(${target} INTERFACE "${stage}")
  else()
    target_include_directories(${target} PUBLIC "${stage}")
  endif()
endfunction()

# Test helpers are included as "tests/<folder>/<file>.h", through a staging folder of their own,
# so a test sees the modules it links and no others.
function(kiosk_test_headers target scope)
  set(stage "${PROJECT_BINARY_DIR}/include/tests")
  file(MAKE_DIRECTORY "${stage}")
  file(CREATE_LINK "${PROJECT_SOURCE_DIR}/tests" "${stage}/tests" SYMBOLIC)
  target_include_directories(${target} ${scope} "${stage}")
endfunction()
