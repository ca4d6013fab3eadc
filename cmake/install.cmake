# Install layout and the Debian package: the binary, its fonts and sample content, the systemd unit,
# the default /etc/kiosk/kiosk.yaml (a conffile) and the documentation.
#
#   cmake --install <build> [--prefix /usr]          lays the tree out (DESTDIR works)
#   cpack --config <build>/CPackConfig.cmake -G DEB  builds kiosk_<version>_<arch>.deb
#
# The binary looks for its data in the share folder of the prefix it was configured with, so a
# package is built from a tree configured with -DCMAKE_INSTALL_PREFIX=/usr (packaging/build-deb).

set(KIOSK_SYSTEMD_SOURCE "${PROJECT_SOURCE_DIR}/systemd")

install(TARGETS kiosk RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

# Fonts and the sample event; the folders may still be empty in a fresh checkout.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/assets/" DESTINATION "${CMAKE_INSTALL_DATADIR}/kiosk/assets")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/content/" DESTINATION "${CMAKE_INSTALL_DATADIR}/kiosk/content")

# The unit and the default config name the installed binary and sample content. They are written
# at install time, so `cmake --install --prefix X` and CPack's prefix both come out right.
set(KIOSK_GENERATED_DIR "${PROJECT_BINARY_DIR}/install-files")
install(CODE "
  set(kiosk_bindir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  set(kiosk_datadir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/kiosk\")
  file(READ \"${KIOSK_SYSTEMD_SOURCE}/kiosk.service\" kiosk_unit)
  string(REPLACE \"/usr/bin/kiosk\" \"\${kiosk_bindir}/kiosk\" kiosk_unit \"\${kiosk_unit}\")
  file(WRITE \"${KIOSK_GENERATED_DIR}/kiosk.service\" \"\${kiosk_unit}\")
  file(READ \"${KIOSK_SYSTEMD_SOURCE}/kiosk.yaml\" kiosk_config)
  string(REPLACE \"/usr/share/kiosk/\" \"\${kiosk_datadir}/\" kiosk_config \"\${kiosk_config}\")
  file(WRITE \"${KIOSK_GENERATED_DIR}/kiosk.yaml\" \"\${kiosk_config}\")
")
# systemd reads units from /usr/lib/systemd/system and /usr/local/lib/systemd/system alike.
install(FILES "${KIOSK_GENERATED_DIR}/kiosk.service" "${KIOSK_SYSTEMD_SOURCE}/kiosk-retry.timer"
        DESTINATION "lib/systemd/system")
# Always /etc/kiosk, whatever the prefix: that is where the unit's ConfigurationDirectory is.
install(FILES "${KIOSK_GENERATED_DIR}/kiosk.yaml" DESTINATION "/etc/kiosk")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION "${CMAKE_INSTALL_DOCDIR}" FILES_MATCHING PATTERN "*.md")
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
install(FILES "${KIOSK_SYSTEMD_SOURCE}/console.conf" "${KIOSK_SYSTEMD_SOURCE}/kiosk.yaml"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}/examples")

# The Debian package.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "kiosk")
set(CPACK_PACKAGE_VENDOR "kiosk")
set(CPACK_PACKAGE_CONTACT "kiosk maintainers <kiosk@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
# The board has little storage; debugging symbols stay in the build tree.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "Fullscreen display of a conference programme, speakers, posts and announcements.\n\
Runs unattended on a small board (KMS/DRM, no desktop) as a systemd service, keeps\n\
the last good content on disk, and reads its settings from /etc/kiosk/kiosk.yaml.")
# dpkg-shlibdeps (dpkg-dev) finds the shared libraries; the rest is what the scripts and the
# service use at run time.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, tzdata, ca-certificates")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "systemd")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
  "${KIOSK_SYSTEMD_SOURCE}/debian/conffiles"
  "${KIOSK_SYSTEMD_SOURCE}/debian/postinst"
  "${KIOSK_SYSTEMD_SOURCE}/debian/prerm"
  "${KIOSK_SYSTEMD_SOURCE}/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
