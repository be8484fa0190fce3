// Compiled with broadsheet-core's include paths by the `core_rejects_widget_includes` test,
// which expects the build to FAIL: a widget include in the core must break the build.
#include <QtWidgets/QWidget>

int main()
{
    return 0;
}
