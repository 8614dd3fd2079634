#ifndef NASTAVNIK_CLIBCSV_SHIM_H
#define NASTAVNIK_CLIBCSV_SHIM_H

// libcsv (Debian: libcsv-dev). Debian ships no pkg-config file, so the module links "csv" directly.
#include <csv.h>
#include <stdlib.h>

// Lowers the calling thread's scheduling priority (Linux: nice is per thread), so that helper
// threads yield to the thread that consumes their output.
#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
static inline void nastavnik_lower_thread_priority(int nice) {
  setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), nice);
}
#else
static inline void nastavnik_lower_thread_priority(int nice) { (void)nice; }
#endif

// Gives freed heap pages back to the system (glibc's malloc_trim; a no-op elsewhere), so that
// the memory of finished parsers does not stay resident beside what comes next.
#if defined(__GLIBC__)
#include <malloc.h>
static inline void nastavnik_release_free_memory(void) { malloc_trim(0); }
#else
static inline void nastavnik_release_free_memory(void) {}
#endif

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

// Where libcsv's callbacks put what they parse (TabularIO's `RowSink`): plain memory reached
// through the context pointer. The two callbacks below only copy field bytes, record where
// fields and rows end and count physical lines; they are written in C so that a field costs a
// dozen instructions, not a Swift thunk. Everything else about the sink is Swift.
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct nastavnik_row_sink {
  unsigned char *bytes;         // field bytes of the rows parsed so far, back to back
  ptrdiff_t byteCapacity;
  ptrdiff_t byteCount;
  ptrdiff_t *fieldEnds;         // end offset (into bytes) of every field
  ptrdiff_t fieldCapacity;
  ptrdiff_t fieldCount;
  ptrdiff_t *rowFieldEnds;      // for every complete row: one past its last field index
  ptrdiff_t *rowLines;          // and its first physical line
  ptrdiff_t rowCapacity;
  ptrdiff_t rowCount;
  ptrdiff_t rowFirstField;      // first field and first byte of the row being parsed
  ptrdiff_t rowFirstByte;
  ptrdiff_t line;               // physical line where the parser stands (1-based)
  ptrdiff_t rowStartLine;       // line where the last completed row started
  ptrdiff_t blankRows;          // rows whose every field was empty (skipped, counted)
  bool pendingCarriageReturn;   // the last terminator was CR: a LF right after it ends nothing
  bool allocationFailed;        // growing a buffer failed: parsing stops
  bool quoteFree;               // the input has no quote, so no field holds a line break
  const struct csv_parser *parser;  // whose entry buffer the fields come from
} nastavnik_row_sink;

static inline bool nastavnik_sink_grow(void **buffer, ptrdiff_t *capacity, ptrdiff_t needed, size_t element) {
  ptrdiff_t size = *capacity * 2 > 16 ? *capacity * 2 : 16;
  while (size < needed) size *= 2;
  void *grown = realloc(*buffer, (size_t)size * element);
  if (grown == NULL) return false;
  *buffer = grown;
  *capacity = size;
  return true;
}

// libcsv's end-of-field callback.
static inline void nastavnik_sink_field(void *data, size_t length, void *context) {
  nastavnik_row_sink *sink = (nastavnik_row_sink *)context;
  if (sink->byteCount + (ptrdiff_t)length > sink->byteCapacity &&
      !nastavnik_sink_grow((void **)&sink->bytes, &sink->byteCapacity, sink->byteCount + (ptrdiff_t)length, 1)) {
    sink->allocationFailed = true;
    return;
  }
  if (sink->fieldCount == sink->fieldCapacity &&
      !nastavnik_sink_grow((void **)&sink->fieldEnds, &sink->fieldCapacity, sink->fieldCount + 1, sizeof(ptrdiff_t))) {
    sink->allocationFailed = true;
    return;
  }
  if (length > 0 && data != NULL) {
    // Most cells are short: one fixed 16- or 64-byte move (a few vector loads and stores)
    // instead of a call to memcpy. The move may read past the field and write past its copy, so
    // it is taken only while libcsv's entry buffer and the sink both hold that many bytes from
    // the field's start; the bytes past the copy are overwritten by the next field.
    ptrdiff_t room = sink->byteCapacity - sink->byteCount;
    size_t entry = sink->parser != NULL ? sink->parser->entry_size : 0;
    if (length <= 16 && room >= 16 && entry >= 16) {
      memcpy(sink->bytes + sink->byteCount, data, 16);
    } else if (length <= 64 && room >= 64 && entry >= 64) {
      memcpy(sink->bytes + sink->byteCount, data, 64);
    } else {
      memcpy(sink->bytes + sink->byteCount, data, length);
    }
    sink->byteCount += (ptrdiff_t)length;
  }
  sink->fieldEnds[sink->fieldCount++] = sink->byteCount;
}

// libcsv's end-of-row callback (with CSV_REPALL_NL every CR and LF outside a field arrives).
static inline void nastavnik_sink_row(int terminator, void *context) {
  nastavnik_row_sink *sink = (nastavnik_row_sink *)context;
  bool hasFields = sink->fieldCount > sink->rowFirstField;
  if (!hasFields && terminator == '\n' && sink->pendingCarriageReturn) {
    sink->pendingCarriageReturn = false;  // the LF of a CRLF
    return;
  }
  if (hasFields) {
    // Lines only move here, so the row started on the current line.
    sink->rowStartLine = sink->line;
    // Line breaks inside quoted fields are lines too; without quotes there are none to count.
    const unsigned char *cursor = sink->bytes + sink->rowFirstByte;
    size_t remaining = sink->quoteFree ? 0 : (size_t)(sink->byteCount - sink->rowFirstByte);
    const unsigned char *hit;
    while (remaining > 0 && (hit = memchr(cursor, '\n', remaining)) != NULL) {
      sink->line += 1;
      remaining -= (size_t)(hit - cursor) + 1;
      cursor = hit + 1;
    }
    if (sink->byteCount == sink->rowFirstByte) {
      sink->blankRows += 1;
      sink->fieldCount = sink->rowFirstField;
    } else {
      if (sink->rowCount == sink->rowCapacity) {
        ptrdiff_t lineCapacity = sink->rowCapacity;
        if (!nastavnik_sink_grow((void **)&sink->rowLines, &lineCapacity, sink->rowCount + 1, sizeof(ptrdiff_t)) ||
            !nastavnik_sink_grow((void **)&sink->rowFieldEnds, &sink->rowCapacity, sink->rowCount + 1,
                                 sizeof(ptrdiff_t))) {
          sink->allocationFailed = true;
          return;
        }
      }
      sink->rowFieldEnds[sink->rowCount] = sink->fieldCount;
      sink->rowLines[sink->rowCount] = sink->rowStartLine;
      sink->rowCount += 1;
      sink->rowFirstField = sink->fieldCount;
      sink->rowFirstByte = sink->byteCount;
    }
  }
  if (terminator == '\n' || terminator == '\r') sink->line += 1;
  sink->pendingCarriageReturn = terminator == '\r';
}

#endif
