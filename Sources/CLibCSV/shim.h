#ifndef NASTAVNIK_CLIBCSV_SHIM_H
#define NASTAVNIK_CLIBCSV_SHIM_H

// libcsv (Debian: libcsv-dev). Debian ships no pkg-config file, so the module links "csv" directly.
#include <csv.h>
#include <stdlib.h>

// The largest field libcsv may buffer, per thread. libcsv grows its entry buffer through the
// realloc function set with csv_set_realloc_func; refusing to grow past the limit makes
// csv_parse fail with CSV_ENOMEM, so a stray quote cannot swallow a whole file into memory.
// The limit lives in C because a C function pointer cannot capture Swift context.
static _Thread_local size_t nastavnik_csv_field_limit = 1048576;

static inline void nastavnik_csv_set_field_limit(size_t limit) {
  nastavnik_csv_field_limit = limit;
}

static inline size_t nastavnik_csv_get_field_limit(void) {
  return nastavnik_csv_field_limit;
}

static inline void *nastavnik_csv_limited_realloc(void *pointer, size_t size) {
  // libcsv grows the buffer before reading any byte while the buffer is full (even a delimiter),
  // and halves its request on refusal; a cap of limit + 1 lets a field of `limit` bytes end,
  // while one byte more fails.
  if (size > nastavnik_csv_field_limit + 1) {
    return NULL;
  }
  return realloc(pointer, size);
}

#endif
