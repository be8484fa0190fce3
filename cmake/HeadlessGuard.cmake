# Makes any QtGui or QtWidgets include in a target a compile error.
#
# Qt's include root is on every Qt target's include path, so <QtWidgets/QWidget> would
# otherwise resolve even though the target does not link Qt6::Widgets. We shadow every
# header of those modules with one that stops the build with a clear message.
function(broadsheet_headless_guard target)
    set(guard_dir "${CMAKE_BINARY_DIR}/headless-guard")
    if(NOT EXISTS "${guard_dir}/.done")
        get_target_property(gui_includes Qt6::Gui INTERFACE_INCLUDE_DIRECTORIES)
        get_target_property(widgets_includes Qt6::Widgets INTERFACE_INCLUDE_DIRECTORIES)
        foreach(dir IN LISTS gui_includes widgets_includes)
            get_filename_component(module "${dir}" NAME)
            if(NOT module MATCHES "^Qt(Gui|Widgets|OpenGL|Svg)")
                continue()
            endif()
            file(GLOB headers RELATIVE "${dir}" "${dir}/*")
            foreach(header IN LISTS headers)
                if(IS_DIRECTORY "${dir}/${header}")
                    continue()
                endif()
                file(WRITE "${guard_dir}/${module}/${header}"
                    "#error \"broadsheet-core is headless: ${module}/${header} belongs in ui/, not in app/\"\n")
                # bare form (<QWidget>) as well, for completeness
                file(WRITE "${guard_dir}/bare/${header}"
                    "#error \"broadsheet-core is headless: ${header} (${module}) belongs in ui/, not in app/\"\n")
            endforeach()
        endforeach()
        file(WRITE "${guard_dir}/.done" "")
    endif()
    target_include_directories(${target} BEFORE PRIVATE "${guard_dir}")
    set(BROADSHEET_HEADLESS_GUARD_DIR "${guard_dir}" CACHE INTERNAL "Headers that stop a GUI include in the core")
endfunction()
