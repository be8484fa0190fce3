# Every dependency comes from the distribution's packages. A missing one stops the
# configure step early with the name of the Debian package that provides it.

function(broadsheet_require_qt component package)
    find_package(Qt6 6.4 QUIET COMPONENTS ${component})
    if(NOT Qt6${component}_FOUND)
        message(FATAL_ERROR
            "Qt6 ${component} (6.4 or newer) was not found.\n"
            "Install it with:  sudo apt-get install ${package}\n"
            "(scripts/run and scripts/test install every build dependency for you.)")
    endif()
endfunction()

broadsheet_require_qt(Core "qt6-base-dev")
broadsheet_require_qt(Concurrent "qt6-base-dev")
broadsheet_require_qt(Network "qt6-base-dev")
broadsheet_require_qt(Sql "qt6-base-dev libqt6sql6-sqlite")
broadsheet_require_qt(Gui "qt6-base-dev")
broadsheet_require_qt(Widgets "qt6-base-dev")
broadsheet_require_qt(Svg "qt6-svg-dev")
broadsheet_require_qt(DBus "qt6-base-dev")
broadsheet_require_qt(Test "qt6-base-dev")
broadsheet_require_qt(LinguistTools "qt6-tools-dev qt6-l10n-tools")

find_package(PkgConfig)
if(NOT PkgConfig_FOUND)
    message(FATAL_ERROR "pkg-config was not found. Install it with:  sudo apt-get install pkg-config")
endif()

pkg_check_modules(GUMBO QUIET IMPORTED_TARGET gumbo)
if(NOT GUMBO_FOUND)
    message(FATAL_ERROR "The gumbo HTML5 parser was not found. Install it with:  sudo apt-get install libgumbo-dev")
endif()

pkg_check_modules(EXPAT QUIET IMPORTED_TARGET expat)
if(NOT EXPAT_FOUND)
    message(FATAL_ERROR "libexpat was not found. Install it with:  sudo apt-get install libexpat1-dev")
endif()

pkg_check_modules(SQLITE3 QUIET IMPORTED_TARGET sqlite3)
if(NOT SQLITE3_FOUND)
    message(FATAL_ERROR "SQLite 3 was not found. Install it with:  sudo apt-get install libsqlite3-dev")
endif()

find_package(Qt6Keychain QUIET)
if(NOT Qt6Keychain_FOUND)
    message(FATAL_ERROR "QtKeychain for Qt 6 was not found. Install it with:  sudo apt-get install qtkeychain-qt6-dev")
endif()

find_package(ZLIB QUIET)
if(NOT ZLIB_FOUND)
    message(FATAL_ERROR "zlib was not found. Install it with:  sudo apt-get install zlib1g-dev")
endif()
