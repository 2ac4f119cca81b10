/*
 * features.h — architecture features a CPU model may implement (Arm ARM A2,
 * "Armv8-A extensions"). The decoder keeps only the rows whose feature the
 * model has, so a missing feature is UNDEFINED without a run-time test; the
 * ID registers are derived from the same set.
 */
#ifndef XNUEMU_FEATURES_H
#define XNUEMU_FEATURES_H

#include <stdint.h>

#define FEAT_FP      (UINT64_C(1) << 32)  /* scalar floating point */
#define FEAT_ADVSIMD (UINT64_C(1) << 33)  /* Advanced SIMD */
#define FEAT_CRC32   (UINT64_C(1) << 34)
#define FEAT_LSE     (UINT64_C(1) << 35)  /* v8.1 large system extensions (atomics) */
#define FEAT_PAN     (UINT64_C(1) << 36)  /* v8.1 privileged access never */
#define FEAT_LOR     (UINT64_C(1) << 37)  /* v8.1 limited ordering regions */
#define FEAT_RDM     (UINT64_C(1) << 38)  /* v8.1 SQRDMLAH/SQRDMLSH */
#define FEAT_VHE     (UINT64_C(1) << 39)  /* v8.1 virtualization host extensions */
#define FEAT_LRCPC   (UINT64_C(1) << 40)  /* v8.3 LDAPR (RCpc) */
#define FEAT_AES     (UINT64_C(1) << 41)
#define FEAT_SHA1    (UINT64_C(1) << 42)
#define FEAT_SHA256  (UINT64_C(1) << 43)
#define FEAT_PMULL   (UINT64_C(1) << 44)
#define FEAT_UAO     (UINT64_C(1) << 45)  /* v8.2 user access override */
#define FEAT_MASK    (UINT64_C(0xffffffff) << 32)

#endif
