/*
 * display.h — the machine's framebuffer as the host sees it: a RAM region
 * the board reserves (32-bit pixels, x8r8g8b8 little-endian, XNU's
 * "BBBBBBBBGGGGGGGGRRRRRRRR"), announced to the kernel in
 * boot_args.Video, shown in an SDL2 window (--display sdl, scaled to fit
 * the screen) and written as PNG (--screenshot FILE.png, at exit or when
 * the console prints --screenshot-at TEXT).
 */
#ifndef XNUEMU_DISPLAY_H
#define XNUEMU_DISPLAY_H

#include "common.h"

typedef struct Display {
    uint64_t pa;              /* guest physical base; 0 = the machine has none */
    unsigned width, height, stride;   /* pixels, pixels, bytes per row */
    const uint8_t *mem;       /* host view of the pixels */
    struct DisplaySdl *sdl;   /* --display sdl window, or NULL */
    uint64_t next_refresh_ns; /* host time of the next window update */
    const char *shot_path;    /* --screenshot */
    const char *shot_at;      /* --screenshot-at */
    bool shot_done;
} Display;

/* Write the framebuffer as an 8-bit RGB PNG. */
bool display_write_png(const Display *d, const char *path, char *err, size_t errlen);

/* --screenshot: write it now unless done; errors go to stderr. */
void display_screenshot(Display *d, const char *why);

/* --display sdl: open the window (SDL_VIDEODRIVER=dummy works headless). */
EmuErr display_sdl_open(Display *d, char *err, size_t errlen);
/* Copy the pixels to the window (at most every 30 ms of host time) and
 * handle its events; true when the user closed the window. */
bool display_sdl_poll(Display *d);
void display_sdl_close(Display *d);

#endif
