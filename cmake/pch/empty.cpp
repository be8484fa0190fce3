// The translation unit that builds a shared precompiled header (cmake/BroadsheetPrecompiled.cmake).
