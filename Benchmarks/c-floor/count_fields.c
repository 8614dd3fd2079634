/* The floor for libcsv: read a file in 1 MiB chunks and only count fields and rows.
 * Same options as TabularIO (strict, report every newline). Usage: count_fields FILE [DELIM] */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>

struct counts { size_t fields, rows; };

static void on_field(void *data, size_t len, void *ctx) { (void)data; (void)len; ((struct counts *)ctx)->fields++; }
static void on_row(int c, void *ctx) { (void)c; ((struct counts *)ctx)->rows++; }

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: %s FILE [DELIM]\n", argv[0]); return 2; }
  FILE *file = fopen(argv[1], "rb");
  if (!file) { perror(argv[1]); return 1; }
  struct csv_parser parser;
  csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL);
  csv_set_delim(&parser, argc > 2 ? (unsigned char)argv[2][0] : ';');
  static char buffer[1 << 20];
  struct counts counts = {0, 0};
  size_t got;
  while ((got = fread(buffer, 1, sizeof buffer, file)) > 0) {
    if (csv_parse(&parser, buffer, got, on_field, on_row, &counts) != got) {
      fprintf(stderr, "parse error: %s\n", csv_strerror(csv_error(&parser)));
      return 1;
    }
  }
  csv_fini(&parser, on_field, on_row, &counts);
  csv_free(&parser);
  fclose(file);
  printf("%zu fields %zu rows\n", counts.fields, counts.rows);
  return 0;
}
