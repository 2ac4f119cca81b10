/*
 * start.S — entry, exception vectors and the jump to the kernel's high
 * virtual alias for the xnuemu demo kernel (a Mach-O kernel entered with
 * XNU's boot protocol: EL1, MMU off, x0 = physical address of boot_args).
 * Arm ARM D1.10 (exception vectors), C5.2 (PSTATE access).
 */
    .text
    .globl _start
    .p2align 2
_start:
    msr     DAIFSet, #0xf
    mov     x19, x0                         // boot_args (physical)
    adrp    x1, _demo_stack@PAGE
    add     x1, x1, _demo_stack@PAGEOFF
    add     x1, x1, #0x4000
    mov     sp, x1                          // SP_EL1 (SPSel=1 at entry)
    adrp    x1, _demo_vectors@PAGE
    add     x1, x1, _demo_vectors@PAGEOFF
    msr     VBAR_EL1, x1
    isb
    mov     x0, x19
    bl      _demo_main
1:  wfi
    b       1b

/* demo_jump_high(offset, fn, arg): move SP and VBAR to the alias at
 * +offset and continue in fn(arg) there. Never returns. */
    .globl _demo_jump_high
    .p2align 2
_demo_jump_high:
    add     sp, sp, x0
    mrs     x3, VBAR_EL1
    add     x3, x3, x0
    msr     VBAR_EL1, x3
    add     x1, x1, x0
    mov     x0, x2
    isb
    blr     x1
2:  wfi
    b       2b

/* The 16 vectors. FIQ from the current EL (SP_ELx) is the timer; any
 * other exception is reported and stops the demo. */
.macro save_call handler, kind
    sub     sp, sp, #0xb0
    stp     x0, x1, [sp, #0x00]
    stp     x2, x3, [sp, #0x10]
    stp     x4, x5, [sp, #0x20]
    stp     x6, x7, [sp, #0x30]
    stp     x8, x9, [sp, #0x40]
    stp     x10, x11, [sp, #0x50]
    stp     x12, x13, [sp, #0x60]
    stp     x14, x15, [sp, #0x70]
    stp     x16, x17, [sp, #0x80]
    stp     x18, x29, [sp, #0x90]
    str     x30, [sp, #0xa0]
    mov     x0, #\kind
    bl      \handler
    ldp     x0, x1, [sp, #0x00]
    ldp     x2, x3, [sp, #0x10]
    ldp     x4, x5, [sp, #0x20]
    ldp     x6, x7, [sp, #0x30]
    ldp     x8, x9, [sp, #0x40]
    ldp     x10, x11, [sp, #0x50]
    ldp     x12, x13, [sp, #0x60]
    ldp     x14, x15, [sp, #0x70]
    ldp     x16, x17, [sp, #0x80]
    ldp     x18, x29, [sp, #0x90]
    ldr     x30, [sp, #0xa0]
    add     sp, sp, #0xb0
    eret
.endm

.macro vector handler, kind
    .p2align 7
    save_call \handler, \kind
.endm

    .p2align 11
    .globl _demo_vectors
_demo_vectors:
    vector _demo_exception, 0x000
    vector _demo_exception, 0x080
    vector _demo_exception, 0x100
    vector _demo_exception, 0x180
    vector _demo_exception, 0x200
    vector _demo_exception, 0x280
    vector _demo_fiq, 0x300
    vector _demo_exception, 0x380
    vector _demo_exception, 0x400
    vector _demo_exception, 0x480
    vector _demo_exception, 0x500
    vector _demo_exception, 0x580
    vector _demo_exception, 0x600
    vector _demo_exception, 0x680
    vector _demo_exception, 0x700
    vector _demo_exception, 0x780

    .zerofill __DATA,__bss,_demo_stack,0x4000,4
