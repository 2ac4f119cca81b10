/*
 * display_png.c — --screenshot: the framebuffer as a PNG file (libpng),
 * 8-bit RGB, one row at a time from the x8r8g8b8 pixels.
 */
#include <errno.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/display.h"

bool display_write_png(const Display *d, const char *path, char *err, size_t errlen)
{
    if (!d->pa || !d->mem) {
        snprintf(err, errlen, "--screenshot: this machine has no framebuffer");
        return false;
    }
    FILE *f = fopen(path, "wb");
    if (!f) {
        snprintf(err, errlen, "--screenshot %s: %s", path, strerror(errno));
        return false;
    }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    uint8_t *row = malloc((size_t)d->width * 3);
    if (!png || !info || !row) {
        png_destroy_write_struct(&png, &info);
        free(row);
        fclose(f);
        snprintf(err, errlen, "--screenshot %s: out of memory", path);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        free(row);
        fclose(f);
        snprintf(err, errlen, "--screenshot %s: write error", path);
        return false;
    }
    png_init_io(png, f);
    png_set_IHDR(png, info, d->width, d->height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (unsigned y = 0; y < d->height; y++) {
        const uint8_t *src = d->mem + (size_t)y * d->stride;
        for (unsigned x = 0; x < d->width; x++) {
            row[3 * x + 0] = src[4 * x + 2];
            row[3 * x + 1] = src[4 * x + 1];
            row[3 * x + 2] = src[4 * x + 0];
        }
        png_write_row(png, row);
    }
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    free(row);
    if (fclose(f) != 0) {
        snprintf(err, errlen, "--screenshot %s: %s", path, strerror(errno));
        return false;
    }
    return true;
}

void display_screenshot(Display *d, const char *why)
{
    char err[400];
    if (!d->shot_path || d->shot_done)
        return;
    d->shot_done = true;
    if (!display_write_png(d, d->shot_path, err, sizeof(err)))
        fprintf(stderr, "xnuemu: %s\n", err);
    else
        fprintf(stderr, "xnuemu: screenshot %s written (%ux%u, %s)\n", d->shot_path, d->width,
                d->height, why);
}
