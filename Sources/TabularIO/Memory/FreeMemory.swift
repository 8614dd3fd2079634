import CLibCSV

/// Hands freed heap memory back to the system.
public enum FreeMemory {
  /// Returns the pages of freed allocations (glibc's `malloc_trim`), e.g. the buffers of
  /// finished parsers before a large copy, so peak memory is the larger of the two, not the sum.
  public static func release() {
    nastavnik_release_free_memory()
  }
}
