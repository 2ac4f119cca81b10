/*
 * exec_crc32.c — CRC32B/H/W/X and CRC32CB/H/W/X (Arm ARM C4.1.89,
 * data-processing (2 source); instruction pages C6.2 CRC32*, CRC32C*).
 * The pseudocode's BitReverse / Poly32Mod2 / BitReverse is the reflected
 * CRC update (polynomials 0x04C11DB7 and 0x1EDC6F41 bit-reversed), low byte
 * of Rm first, with no inversion before or after: software does those.
 */
#include "exec.h"

/* Reflected CRC of one nibble: four shift-and-conditionally-xor steps,
 * evaluated by the compiler to build a 16-entry table per polynomial. */
#define CRC_STEP(p, c) (((c) >> 1) ^ (((c) & 1u) ? (p) : 0u))
#define CRC_NIB(p, n) CRC_STEP(p, CRC_STEP(p, CRC_STEP(p, CRC_STEP(p, (uint32_t)(n)))))
#define CRC_TAB(p)                                                                      \
    {                                                                                   \
        CRC_NIB(p, 0), CRC_NIB(p, 1), CRC_NIB(p, 2), CRC_NIB(p, 3),                     \
        CRC_NIB(p, 4), CRC_NIB(p, 5), CRC_NIB(p, 6), CRC_NIB(p, 7),                     \
        CRC_NIB(p, 8), CRC_NIB(p, 9), CRC_NIB(p, 10), CRC_NIB(p, 11),                   \
        CRC_NIB(p, 12), CRC_NIB(p, 13), CRC_NIB(p, 14), CRC_NIB(p, 15),                 \
    }

static const uint32_t crc32_nib[16] = CRC_TAB(0xedb88320u);   /* CRC-32 */
static const uint32_t crc32c_nib[16] = CRC_TAB(0x82f63b78u);  /* CRC-32C (Castagnoli) */

/* acc updated with the low `bytes` bytes of val, least significant first:
 * xor in up to 32 bits, then shift them out a nibble at a time */
static inline uint32_t crc_update(const uint32_t *tab, uint32_t acc, uint64_t val, unsigned bytes)
{
    while (bytes) {
        unsigned chunk = bytes < 4 ? bytes : 4;
        acc ^= (uint32_t)(val & ones64(8 * chunk));
        for (unsigned i = 0; i < 2 * chunk; i++)
            acc = (acc >> 4) ^ tab[acc & 15];
        val >>= 8 * chunk;
        bytes -= chunk;
    }
    return acc;
}

/* di->sz = bytes of Rm (1, 2, 4, 8) */
PREP(prep_crc32)
{
    (void)cpu;
    unsigned sf = FLD(f, 'z'), sz = FLD(f, 'e');
    if (sf != (sz == 3))
        return false;   /* CRC32X needs sf = 1, B/H/W need sf = 0: UNDEFINED */
    di->sf = (uint8_t)sf;
    di->sz = (uint8_t)(1u << sz);
    di->rd = reg_w_zr(FLD(f, 'd'));
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    return true;
}

EXEC(CRC32)
{
    cpu->r[di->rd] = crc_update(crc32_nib, (uint32_t)cpu->r[di->rn], cpu->r[di->rm], di->sz);
    return exec_next(cpu, di);
}

EXEC(CRC32C)
{
    cpu->r[di->rd] = crc_update(crc32c_nib, (uint32_t)cpu->r[di->rn], cpu->r[di->rm], di->sz);
    return exec_next(cpu, di);
}
