/* version.h — the release version printed by --version. */
#ifndef XNUEMU_VERSION_H
#define XNUEMU_VERSION_H
#define XNUEMU_VERSION "0.1.0"
#endif
