# Files the headless core reads through the resource system (":/..."). Paths are
# relative to resources/ and become ":/<path>".
set(BROADSHEET_CORE_RESOURCE_FILES)
list(TRANSFORM BROADSHEET_CORE_RESOURCE_FILES PREPEND "${PROJECT_SOURCE_DIR}/resources/")
