/*
 * adt.h — the Apple device tree (ADT): the binary tree iBoot hands to XNU,
 * as an in-memory tree that can be parsed, edited, generated from scratch,
 * serialised back byte for byte and dumped as text.
 *
 * Binary format (XNU pexpert/pexpert/device_tree.h, walked by
 * pexpert/gen/device_tree.c; little endian, no header, no string table):
 *
 *   node     := u32 nProperties, u32 nChildren,
 *               property[nProperties], node[nChildren]
 *   property := char name[32] (kPropNameLength, NUL-terminated, so at most
 *               31 characters: kDTMaxPropertyNameLength),
 *               u32 length, u8 value[length], zero padding to 4 bytes
 *
 * The root node starts at offset 0; the blob ends after the root's last
 * descendant. A node's "name" property names it for path look-ups
 * (DTLookupEntry compares each path component with strcmp against the
 * children's "name", at most 63 characters: kDTMaxEntryNameLength).
 *
 * The length word's top bits. XNU itself never masks `length` (next_prop()
 * adds it to the pointer as is). Device trees stored in an IPSW are iBoot
 * templates whose placeholder properties (values iBoot fills in at boot:
 * MAC addresses, syscfg entries, zeroed buffers) have bit 31 of `length`
 * set; iBoot expands them and clears the bit before starting the kernel.
 * Public sources agree on bit 31 = placeholder (zhuowei XNUQEMUScripts
 * modifydevicetree.py `& 0x7fffffff`; m1n1 adt.py `size & 0x7fffffff`,
 * `is_template = size & 0x80000000`; QEMUAppleSilicon dt.c
 * APPLE_DT_PROP_PLACEHOLDER (1 << 31)). The xnu-qemu-arm64 lineage
 * (qemu-t8030 include/hw/arm/xnu_dtb.h) goes further and treats the top
 * four bits as a flags field: DT_PROP_FLAGS_MASK 0xf0000000,
 * DT_PROP_SIZE_MASK ~0xf0000000. No public source gives bit 30 (or 29, 28)
 * a meaning. We follow the wider convention: bits 31..28 are kept,
 * unmodified, in AdtProp.flags and the value length is the low 28 bits
 * (256 MiB — far above any real property). A kernel must never see these
 * bits: adt_clear_placeholder_flags() clears them.
 *
 * Ownership: a tree owns all its nodes, properties and values; adt_free()
 * on the root releases everything. Nodes and properties are plain structs
 * the caller may read directly; change them through the functions below.
 */
#ifndef XNUEMU_ADT_H
#define XNUEMU_ADT_H

#include <stdio.h>

#include "common.h"

#define ADT_PROP_NAME_LEN   32u          /* kPropNameLength, NUL included */
#define ADT_MAX_NODE_NAME   63u          /* kDTMaxEntryNameLength */
#define ADT_PROP_PLACEHOLDER 0x80000000u /* iBoot template property */
#define ADT_PROP_FLAGS_MASK 0xf0000000u  /* bits kept in AdtProp.flags */
#define ADT_PROP_LEN_MASK   0x0fffffffu  /* largest value length */
#define ADT_MAX_DEPTH       64u          /* deepest node adt_parse accepts (root = 1) */
#define ADT_PATH_MAX        (ADT_MAX_DEPTH * (ADT_MAX_NODE_NAME + 1) + 1)

typedef struct AdtProp {
    /* The 32 bytes of the name field exactly as stored (a NUL within them;
     * bytes after it are kept for a byte-exact round trip). */
    char name[ADT_PROP_NAME_LEN];
    uint32_t len;       /* value length in bytes, flag bits removed */
    uint32_t flags;     /* ADT_PROP_FLAGS_MASK bits of the stored length word */
    /* align4(len) bytes (NULL when len == 0): the value, then the stored
     * padding bytes (zero for values set through this API). */
    uint8_t *value;
} AdtProp;

typedef struct AdtNode {
    struct AdtNode *parent;     /* NULL for the root */
    AdtProp *props;             /* in stored order */
    uint32_t nprops, props_cap;
    struct AdtNode **children;  /* in stored order */
    uint32_t nchildren, children_cap;
} AdtNode;

/* ---- tree ---- */

/* A new root node named "device-tree" (as every iBoot tree's root), or NULL
 * when out of memory. */
AdtNode *adt_new_root(void);

/* Append a child whose "name" property is `name` (1..63 characters).
 * NULL if the name is empty or too long, or out of memory. Several children
 * may share a name; look-ups find the first, as XNU does. */
AdtNode *adt_add_child(AdtNode *parent, const char *name);

/* Detach `node` from its parent and free it with its subtree. The root
 * cannot be removed (EMU_ERR_ARG): use adt_free. */
EmuErr adt_remove_node(AdtNode *node);

/* Free a whole tree (or a detached subtree). NULL is allowed. */
void adt_free(AdtNode *root);

/* The node's name: the "name" property when it holds a NUL-terminated
 * string, else NULL. */
const char *adt_node_name(const AdtNode *node);

/* The node's path, "/" for the root, "/arm-io/uart0" below it (the root's
 * own name is not part of paths). An unnamed node appears as "[i]", its
 * index among its siblings. Returns the length written (truncated to fit
 * buf, always NUL-terminated when len > 0). */
size_t adt_node_path(const AdtNode *node, char *buf, size_t len);

/* Structural equality: same names, lengths, flags, values (padding bytes
 * ignored) and children, in the same order. */
bool adt_equal(const AdtNode *a, const AdtNode *b);

/* ---- look-up (the returned pointers belong to the tree) ---- */

/* DTLookupEntry: `path` is relative to `start`; components are separated by
 * '/', a leading '/' is skipped, "/" or "" is `start` itself, a trailing
 * '/' is accepted, an empty component inside ("a//b") or one longer than
 * 63 characters fails. Each component is compared with the children's
 * "name" (first match). Also accepted: a leading "device-tree" component
 * naming `start` itself when `start` has no child of that name (m1n1-style
 * paths like "/device-tree/arm-io"). NULL when not found. */
AdtNode *adt_find(const AdtNode *start, const char *path);

/* The first child of `parent` named `name`. */
AdtNode *adt_find_child(const AdtNode *parent, const char *name);

/* DTFindEntry: depth-first, pre-order (a node's own properties before its
 * children), the first node having property `prop` whose value, read as a
 * C string, equals `value`; any value when `value` is NULL. A value with
 * no NUL within its length never matches a non-NULL `value`. */
AdtNode *adt_find_by_prop(const AdtNode *root, const char *prop, const char *value);

/* The first property named `name` (XNU's DTGetProperty returns the first). */
AdtProp *adt_find_prop(const AdtNode *node, const char *name);

/* Typed getters: true and *out set only when the property exists with the
 * exact length (4 for u32, 8 for u64); the _at forms read element `index`
 * of an array and need len >= (index + 1) * size. adt_get_str returns the
 * value when it holds a NUL within its length, else NULL. */
bool adt_get_u32(const AdtNode *node, const char *name, uint32_t *out);
bool adt_get_u64(const AdtNode *node, const char *name, uint64_t *out);
bool adt_get_u32_at(const AdtNode *node, const char *name, size_t index, uint32_t *out);
bool adt_get_u64_at(const AdtNode *node, const char *name, size_t index, uint64_t *out);
const char *adt_get_str(const AdtNode *node, const char *name);

/* ---- properties (set = replace the first of that name in place, or
 * append; a replaced property loses its flags) ---- */

/* EMU_ERR_ARG for an empty name or one of 32+ characters, EMU_ERR_RANGE for
 * len > ADT_PROP_LEN_MASK, EMU_ERR_NOMEM. value may be NULL only when
 * len == 0. */
EmuErr adt_set_prop(AdtNode *node, const char *name, const void *value, uint32_t len);
EmuErr adt_set_u32(AdtNode *node, const char *name, uint32_t v);
EmuErr adt_set_u64(AdtNode *node, const char *name, uint64_t v);
EmuErr adt_set_u32s(AdtNode *node, const char *name, const uint32_t *v, size_t n);
EmuErr adt_set_u64s(AdtNode *node, const char *name, const uint64_t *v, size_t n);
/* The string with its NUL. */
EmuErr adt_set_str(AdtNode *node, const char *name, const char *s);
/* The string NUL-padded to `width` bytes (EMU_ERR_ARG if strlen(s) >= width). */
EmuErr adt_set_str_padded(AdtNode *node, const char *name, const char *s, uint32_t width);
/* A string list: each of the n strings with its NUL ("compatible"). */
EmuErr adt_set_strs(AdtNode *node, const char *name, const char *const *s, size_t n);
/* An empty (presence-only) property. */
EmuErr adt_set_empty(AdtNode *node, const char *name);
/* Rename the first property `from` to `to` (value and flags kept). */
EmuErr adt_rename_prop(AdtNode *node, const char *from, const char *to);
/* Remove the first property named `name`; false if there was none. */
bool adt_remove_prop(AdtNode *node, const char *name);

/* The node at `path` (adt_find rules), creating missing nodes on the way.
 * NULL if a component is empty or too long, or out of memory. */
AdtNode *adt_ensure_path(AdtNode *root, const char *path);

/* ---- binary form ---- */

enum {
    /* Accept bytes after the root node (reported in AdtParseInfo.trailing)
     * instead of failing. */
    ADT_PARSE_ALLOW_TRAILING = 1u << 0,
};

typedef struct AdtParseInfo {
    size_t used;          /* bytes of the tree (offset just after the root) */
    size_t trailing;      /* bytes after it (only with ADT_PARSE_ALLOW_TRAILING) */
    uint32_t nodes, props;
    uint32_t flagged;     /* properties with any ADT_PROP_FLAGS_MASK bit */
    uint32_t max_depth;   /* root = 1 */
} AdtParseInfo;

/* Parse a blob into a new tree. Every field is bounds checked before it is
 * read; counts are checked against the bytes left before anything is
 * allocated (a property needs >= 36 bytes, a node >= 8), so allocation is
 * bounded by a small multiple of `size`. Errors (EMU_ERR_FORMAT, or
 * EMU_ERR_NOMEM) name the node path and the byte offset, e.g.
 * "ADT: node /arm-io/uart0 property 'reg' at offset 0x1a34: length
 * 0x10 runs past the end (0x1f000)". Rejected: truncation, an unterminated
 * or empty property name, nesting deeper than ADT_MAX_DEPTH, and bytes
 * after the root unless ADT_PARSE_ALLOW_TRAILING. Property names, flags,
 * duplicates, order and padding bytes are kept. info may be NULL. */
EmuErr adt_parse_ex(const uint8_t *data, size_t size, unsigned flags, AdtNode **root,
                    AdtParseInfo *info, char *err, size_t errlen);
static inline EmuErr adt_parse(const uint8_t *data, size_t size, AdtNode **root, char *err,
                               size_t errlen)
{
    return adt_parse_ex(data, size, 0, root, NULL, err, errlen);
}

/* Bytes adt_serialise_to needs for this tree. */
size_t adt_serialised_size(const AdtNode *root);

/* Write the tree into buf (cap bytes): EMU_ERR_RANGE if it does not fit.
 * The length word is len | flags, so a parsed tree comes back byte for
 * byte. *written (may be NULL) gets the size. */
EmuErr adt_serialise_to(const AdtNode *root, uint8_t *buf, size_t cap, size_t *written,
                        char *err, size_t errlen);

/* The same into a new malloc'd buffer the caller frees. */
EmuErr adt_serialise(const AdtNode *root, uint8_t **out, size_t *size, char *err,
                     size_t errlen);

/* What the kernel's walkers assume and the format cannot express: every
 * node has at least one property (XNU treats nProperties == 0 as the end of
 * the tree) and a NUL-terminated "name" of 1..63 characters, no property
 * carries flag bits. Returns EMU_OK or EMU_ERR_FORMAT naming the first
 * offending node. */
EmuErr adt_check(const AdtNode *root, char *err, size_t errlen);

/* ---- fix-ups for booting an IPSW DeviceTree without iBoot (adt_edit.c) ---- */

/* Clear the flag bits (placeholder and the rest of 31..28) of every
 * property; returns how many properties had any. */
unsigned adt_clear_placeholder_flags(AdtNode *root);

/* For every child of /cpus: timebase-frequency and fixed-frequency set as
 * 8-byte values (pe_identify_machine loads 8 bytes whatever the length),
 * and any of bus-, peripheral-, memory-, clock-frequency that is 4 bytes
 * widened to 8 with its value kept. *count (may be NULL) gets the number
 * of properties written. EMU_ERR_FORMAT if /cpus is missing or empty. */
EmuErr adt_set_cpu_frequencies(AdtNode *root, uint64_t timebase_hz, uint64_t fixed_hz,
                               unsigned *count, char *err, size_t errlen);

/* /cpus/<cpu> state = "running" (8 bytes with the NUL, compared by XNU
 * with strncmp over the property length). EMU_ERR_FORMAT if the node is
 * missing. Other CPUs are left as they are. */
EmuErr adt_set_cpu_running(AdtNode *root, const char *cpu, char *err, size_t errlen);

/* /chosen random-seed = the len bytes of seed (/chosen created if absent).
 * XNU needs >= 64 bytes, not all zero, or it panics before the console;
 * this function only refuses len == 0. */
EmuErr adt_set_random_seed(AdtNode *root, const uint8_t *seed, size_t len, char *err,
                           size_t errlen);

/* /chosen <name> = u32 (chip-epoch, security-domain, debug-enabled, ...). */
EmuErr adt_set_chosen_u32(AdtNode *root, const char *name, uint32_t v, char *err,
                          size_t errlen);

/* /chosen/memory-map <name> = {u64 pa, u64 size} (DTMemoryMapRange),
 * added or replaced; the memory-map node is created if absent. */
EmuErr adt_set_memory_map(AdtNode *root, const char *name, uint64_t pa, uint64_t size,
                          char *err, size_t errlen);

/* Disable IOKit matching on hardware the emulator does not model: on every
 * node whose path (adt_node_path form) matches none of the `nkeep` shell
 * patterns in `keep` (fnmatch, '*' crosses '/': "/arm-io/uart0",
 * "/cpus*", "/"), the "compatible" property is renamed "~compatible" — the
 * value stays visible in dumps but no driver matches it. Returns the
 * number of nodes changed. */
unsigned adt_disable_compatible(AdtNode *root, const char *const *keep, size_t nkeep);

/* ---- text (adt_dump.c) ---- */

/* Human-readable, deterministic dump, two spaces per level:
 *   / (device-tree)                       root, its name in parentheses
 *     compatible = "D10AP" "iPhone9,1"    NUL-separated printable strings
 *     #address-cells = <0x2>              4 bytes
 *     timebase-frequency = <0x0000000016e36000> (u64 24000000)   8 bytes
 *     reg = <0x000000000a0c0000 0x0000000000004000>   reg/ranges, 8n bytes
 *     interrupts = <0x0000001d 0x00000003>            other 4n bytes
 *     mac-address = [6 bytes] 00 11 22 33 44 55       anything else
 *     target-is-fpga = <empty>
 *     cpus/                                children: name and '/'
 * Word lists stop after 16 words and byte lists after 32 bytes, with
 * "... (N bytes)". Flagged properties end in " (placeholder)" and/or
 * " (flags 0x...)". The "name" property is shown only when it is not a
 * plain string (the node line shows it). */
void adt_dump(const AdtNode *root, FILE *out);

#endif
