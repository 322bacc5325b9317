# CPack configuration. Linux: `cpack -G DEB` from a release build gives waymark_<version>_amd64.deb
# with both executables, the desktop entry, the SVG icon and the AppStream metainfo
# (resources/). Windows (WIX) and macOS (DragNDrop) come with those ports.
set(CPACK_PACKAGE_NAME "waymark")
set(CPACK_PACKAGE_VENDOR "Waymark")
set(CPACK_PACKAGE_CONTACT "Waymark maintainers <maintainers@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Casework for youth diversion schemes (encrypted, offline-first)")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# shlibdeps finds the libraries; these add what it cannot see: the SQLCipher version floor
# (4.5; Debian 12 has it in bookworm-backports), Qt's platform plugins and the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsqlcipher1 (>= 4.5.0), qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR "DEB")
include(CPack)
