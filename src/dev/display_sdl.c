/*
 * display_sdl.c — --display sdl: an SDL2 window showing the framebuffer,
 * scaled to fit the screen (aspect kept, at most 1:1), refreshed from the
 * run loop's host poll at most every 30 ms. Closing the window ends the
 * run.
 */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>

#include "xnuemu/display.h"
#include "xnuemu/hostclock.h"

struct DisplaySdl {
    SDL_Window *win;
    SDL_Renderer *ren;
    SDL_Texture *tex;
};

EmuErr display_sdl_open(Display *d, char *err, size_t errlen)
{
    if (!d->pa) {
        snprintf(err, errlen, "--display sdl: this machine has no framebuffer");
        return EMU_ERR_ARG;
    }
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        snprintf(err, errlen, "--display sdl: %s", SDL_GetError());
        return EMU_ERR_IO;
    }
    struct DisplaySdl *s = calloc(1, sizeof(*s));
    if (!s) {
        SDL_Quit();
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    int w = (int)d->width, h = (int)d->height;
    SDL_DisplayMode dm;
    if (SDL_GetDesktopDisplayMode(0, &dm) == 0 && dm.h > 100 && h > dm.h - 100) {
        w = (int)((long)w * (dm.h - 100) / h);       /* fit the screen's height */
        h = dm.h - 100;
    }
    s->win = SDL_CreateWindow("xnuemu", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, w, h,
                              SDL_WINDOW_RESIZABLE);
    s->ren = s->win ? SDL_CreateRenderer(s->win, -1, 0) : NULL;
    s->tex = s->ren ? SDL_CreateTexture(s->ren, SDL_PIXELFORMAT_ARGB8888,
                                        SDL_TEXTUREACCESS_STREAMING, (int)d->width,
                                        (int)d->height) : NULL;
    if (!s->tex) {
        snprintf(err, errlen, "--display sdl: %s", SDL_GetError());
        d->sdl = s;
        display_sdl_close(d);
        return EMU_ERR_IO;
    }
    SDL_RenderSetLogicalSize(s->ren, (int)d->width, (int)d->height);
    d->sdl = s;
    return EMU_OK;
}

bool display_sdl_poll(Display *d)
{
    struct DisplaySdl *s = d->sdl;
    if (!s)
        return false;
    uint64_t now = host_now_ns();
    if (now < d->next_refresh_ns)
        return false;
    d->next_refresh_ns = now + 30000000u;
    SDL_Event ev;
    bool quit = false;
    while (SDL_PollEvent(&ev))
        quit |= ev.type == SDL_QUIT;
    SDL_UpdateTexture(s->tex, NULL, d->mem, (int)d->stride);   /* x8r8g8b8 = ARGB8888 */
    SDL_RenderClear(s->ren);
    SDL_RenderCopy(s->ren, s->tex, NULL, NULL);
    SDL_RenderPresent(s->ren);
    return quit;
}

void display_sdl_close(Display *d)
{
    struct DisplaySdl *s = d->sdl;
    if (!s)
        return;
    if (s->tex)
        SDL_DestroyTexture(s->tex);
    if (s->ren)
        SDL_DestroyRenderer(s->ren);
    if (s->win)
        SDL_DestroyWindow(s->win);
    free(s);
    d->sdl = NULL;
    SDL_Quit();
}
