/*
 * fb.c — the demo kernel's picture on the framebuffer iBoot (here:
 * xnuemu's t8010 board) announces in boot_args.Video: 32-bit x8r8g8b8
 * pixels. A dark blue screen, red/green/blue bands, a white panel and a
 * grey ramp; tests/xnu/test_screenshot.c checks these exact pixels.
 */
#include "demo.h"

static void fill(uint64_t base, uint64_t row_bytes, uint64_t x0, uint64_t y0, uint64_t x1,
                 uint64_t y1, uint32_t rgb)
{
    for (uint64_t y = y0; y < y1; y++) {
        volatile uint32_t *row = (volatile uint32_t *)(base + y * row_bytes);
        for (uint64_t x = x0; x < x1; x++)
            row[x] = rgb;
    }
}

int demo_draw(uint64_t base, uint64_t row_bytes, uint64_t w, uint64_t h, uint64_t depth)
{
    if (!base || (depth & 0xff) != 32 || w < 750 || h < 1200 || row_bytes < w * 4)
        return -1;
    fill(base, row_bytes, 0, 0, w, h, 0x203060);                 /* background */
    fill(base, row_bytes, 0, 100, 250, 300, 0xff0000);           /* red */
    fill(base, row_bytes, 250, 100, 500, 300, 0x00ff00);         /* green */
    fill(base, row_bytes, 500, 100, 750, 300, 0x0000ff);         /* blue */
    fill(base, row_bytes, 175, 600, 575, 800, 0xffffff);         /* white panel */
    for (uint64_t x = 0; x < 750; x++) {                         /* grey ramp */
        uint32_t g = (uint32_t)(x * 255 / 749);
        fill(base, row_bytes, x, 1000, x + 1, 1100, g << 16 | g << 8 | g);
    }
    return 0;
}
