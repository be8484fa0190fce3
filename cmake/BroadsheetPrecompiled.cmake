# Precompiled headers. Parsing Qt's headers is most of what compiling one of our files costs
# (about 4 s of a 6 s file on the 2-core CI machine), so the Qt headers everyone uses are
# compiled once per kind:
#   core     QtCore, QtNetwork, QtSql, QtConcurrent: what the headless core may use
#   widgets  core + the QtGui/QtWidgets classes the interface uses
# Every file still includes what it uses: clang-tidy runs without them (scripts/lib/lint.sh),
# and -DBROADSHEET_PRECOMPILED_HEADERS=OFF builds without them.
option(BROADSHEET_PRECOMPILED_HEADERS "Precompile the Qt headers (faster builds)" ON)

set(BROADSHEET_PCH_DIR "${CMAKE_CURRENT_LIST_DIR}/pch")

# A library or program with its own precompiled header (compiled with its own flags).
function(broadsheet_precompile target kind)
    if(BROADSHEET_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE "${BROADSHEET_PCH_DIR}/${kind}.h")
    endif()
endfunction()

# Test programs and small tools share one precompiled header per kind, built once.
function(broadsheet_reuse_precompiled target kind)
    if(NOT BROADSHEET_PRECOMPILED_HEADERS)
        return()
    endif()
    set(shared broadsheet_pch_${kind})
    if(NOT TARGET ${shared})
        add_library(${shared} OBJECT "${BROADSHEET_PCH_DIR}/empty.cpp")
        target_link_libraries(${shared} PRIVATE broadsheet_common Qt6::Core Qt6::Concurrent Qt6::Network Qt6::Sql)
        if(kind STREQUAL "widgets")
            target_link_libraries(${shared} PRIVATE Qt6::Gui Qt6::Widgets)
        endif()
        target_precompile_headers(${shared} PRIVATE "${BROADSHEET_PCH_DIR}/${kind}.h")
    endif()
    target_precompile_headers(${target} REUSE_FROM ${shared})
endfunction()
