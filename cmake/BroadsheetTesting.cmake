# broadsheet_add_test(NAME SOURCES ... [LIBRARIES ...] [LABELS ...] [GUI])
# A Qt Test executable registered with ctest. Every test runs on the offscreen platform
# with QStandardPaths test mode, so it never touches the user's real data.
function(broadsheet_add_test name)
    # SERVER: the test starts the local test server (tests/server/serverprocess.h).
    cmake_parse_arguments(ARG "GUI;SERVER" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if(ARG_SERVER)
        list(APPEND ARG_SOURCES ${PROJECT_SOURCE_DIR}/tests/server/serverprocess.h
            ${PROJECT_SOURCE_DIR}/tests/server/serverprocess.cpp)
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    target_link_libraries(${name} PRIVATE broadsheet_common Qt6::Test ${ARG_LIBRARIES})
    # The shared header is only valid for the same Qt modules (GCC checks their QT_*_LIB).
    if(ARG_LIBRARIES MATCHES "broadsheet-ui")
        broadsheet_reuse_precompiled(${name} widgets)
    elseif(ARG_LIBRARIES MATCHES "broadsheet-core")
        broadsheet_reuse_precompiled(${name} core)
    endif()
    target_compile_definitions(${name} PRIVATE
        BROADSHEET_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        BROADSHEET_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
    if(ARG_SERVER)
        target_compile_definitions(${name} PRIVATE
            BROADSHEET_TEST_SERVER="$<TARGET_FILE:broadsheet-test-server>")
        add_dependencies(${name} broadsheet-test-server)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "QT_LOGGING_RULES=qt.qpa.*=false")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}")
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    else()
        set_tests_properties(${name} PROPERTIES TIMEOUT 300)
    endif()
endfunction()
