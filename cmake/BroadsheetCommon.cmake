# broadsheet_common: the one place for language level, warnings and Qt strictness.
add_library(broadsheet_common INTERFACE)
target_compile_features(broadsheet_common INTERFACE cxx_std_20)
target_compile_definitions(broadsheet_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    BROADSHEET_VERSION="${PROJECT_VERSION}"
    BROADSHEET_APP_ID="${BROADSHEET_APP_ID}")
target_compile_options(broadsheet_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-qual -Wformat=2 -Wimplicit-fallthrough
    $<$<CXX_COMPILER_ID:GNU>:-Wduplicated-cond -Wlogical-op>)
if(BROADSHEET_WARNINGS_AS_ERRORS)
    target_compile_options(broadsheet_common INTERFACE -Werror)
endif()
if(BROADSHEET_SANITIZERS)
    target_compile_options(broadsheet_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(broadsheet_common INTERFACE -fsanitize=address,undefined)
endif()
