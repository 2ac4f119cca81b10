/*
 * boot.S — entry of the bare-metal system-test programs. Runs at any EL:
 * from EL3/EL2 it drops to EL1h (Arm ARM D1.11 exception return), then
 * installs the vector table, a stack, and calls main(); main's return value
 * becomes the semihosting exit code. Every vector saves the caller-saved
 * registers and calls exc_handler(kind, frame); the handler may change the
 * saved ELR/SPSR in the frame.
 */
        .section .text.boot, "ax"
        .global _start
_start:
        msr     daifset, #0xf
        mrs     x0, CurrentEL
        ubfx    x0, x0, #2, #2
        cmp     x0, #3
        b.eq    1f
        cmp     x0, #2
        b.eq    2f
        b       el1
1:      mov     x0, #((1 << 10) | (1 << 8) | (1 << 5) | (1 << 4) | 1)  /* RW HCE RES1 NS */
        msr     scr_el3, x0
        msr     cptr_el3, xzr
        adr     x0, vectors
        msr     vbar_el3, x0
        mrs     x0, id_aa64pfr0_el1
        ubfx    x0, x0, #8, #4
        cbz     x0, 3f
        mov     x0, #(1 << 31)
        msr     hcr_el2, x0
        adr     x0, vectors
        msr     vbar_el2, x0
3:      mov     x0, #0x3c5
        msr     spsr_el3, x0
        adr     x0, el1
        msr     elr_el3, x0
        eret
2:      mov     x0, #(1 << 31)                  /* HCR_EL2.RW */
        msr     hcr_el2, x0
        mov     x0, #3
        msr     cnthctl_el2, x0
        msr     cntvoff_el2, xzr
        adr     x0, vectors
        msr     vbar_el2, x0
        mov     x0, #0x3c5
        msr     spsr_el2, x0
        adr     x0, el1
        msr     elr_el2, x0
        eret
el1:    ldr     x0, =__stack_top
        mov     sp, x0
        ldr     x0, =__stack_el0_top
        msr     sp_el0, x0
        adr     x0, vectors
        msr     vbar_el1, x0
        isb
        ldr     x0, =__bss_start
        ldr     x1, =__bss_end
4:      cmp     x0, x1
        b.hs    5f
        str     xzr, [x0], #8
        b       4b
5:      bl      main
        bl      semihost_exit
        b       .

/* Vector table: 16 entries of 0x80 bytes, kind = entry index. */
        .macro  vec kind
        .balign 0x80
        sub     sp, sp, #(36 * 8)
        stp     x0, x1, [sp, #0]
        mov     x0, #\kind
        b       save_and_call
        .endm

        .balign 0x800
        .global vectors
vectors:
        vec 0
        vec 1
        vec 2
        vec 3
        vec 4
        vec 5
        vec 6
        vec 7
        vec 8
        vec 9
        vec 10
        vec 11
        vec 12
        vec 13
        vec 14
        vec 15

/* frame: x0..x30 at [sp, #8*n], ELR at #248, SPSR at #256 (of the EL the
 * exception was taken to, read through CurrentEL), ESR at #264, FAR at #272 */
save_and_call:
        stp     x2, x3, [sp, #16]
        stp     x4, x5, [sp, #32]
        stp     x6, x7, [sp, #48]
        stp     x8, x9, [sp, #64]
        stp     x10, x11, [sp, #80]
        stp     x12, x13, [sp, #96]
        stp     x14, x15, [sp, #112]
        stp     x16, x17, [sp, #128]
        stp     x18, x19, [sp, #144]
        stp     x20, x21, [sp, #160]
        stp     x22, x23, [sp, #176]
        stp     x24, x25, [sp, #192]
        stp     x26, x27, [sp, #208]
        stp     x28, x29, [sp, #224]
        str     x30, [sp, #240]
        mrs     x9, CurrentEL
        cmp     x9, #(2 << 2)
        b.eq    el2_regs
        b.hi    el3_regs
        mrs     x10, elr_el1
        mrs     x11, spsr_el1
        mrs     x12, esr_el1
        mrs     x13, far_el1
        b       call
el2_regs:
        mrs     x10, elr_el2
        mrs     x11, spsr_el2
        mrs     x12, esr_el2
        mrs     x13, far_el2
        b       call
el3_regs:
        mrs     x10, elr_el3
        mrs     x11, spsr_el3
        mrs     x12, esr_el3
        mrs     x13, far_el3
call:   stp     x10, x11, [sp, #248]
        stp     x12, x13, [sp, #264]
        mov     x1, sp
        bl      exc_handler
        ldp     x10, x11, [sp, #248]
        mrs     x9, CurrentEL
        cmp     x9, #(2 << 2)
        b.eq    el2_ret
        b.hi    el3_ret
        msr     elr_el1, x10
        msr     spsr_el1, x11
        b       restore
el2_ret:
        msr     elr_el2, x10
        msr     spsr_el2, x11
        b       restore
el3_ret:
        msr     elr_el3, x10
        msr     spsr_el3, x11
restore:
        ldp     x0, x1, [sp, #0]
        ldp     x2, x3, [sp, #16]
        ldp     x4, x5, [sp, #32]
        ldp     x6, x7, [sp, #48]
        ldp     x8, x9, [sp, #64]
        ldp     x10, x11, [sp, #80]
        ldp     x12, x13, [sp, #96]
        ldp     x14, x15, [sp, #112]
        ldp     x16, x17, [sp, #128]
        ldp     x18, x19, [sp, #144]
        ldp     x20, x21, [sp, #160]
        ldp     x22, x23, [sp, #176]
        ldp     x24, x25, [sp, #192]
        ldp     x26, x27, [sp, #208]
        ldp     x28, x29, [sp, #224]
        ldr     x30, [sp, #240]
        add     sp, sp, #(36 * 8)
        eret

/* Weak default: an unexpected exception reports and exits with 99. */
        .weak   exc_handler
exc_handler:
        b       unexpected_exception
