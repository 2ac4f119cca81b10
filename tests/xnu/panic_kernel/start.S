/*
 * start.S — entry of the panic test kernel (pkernel.c): XNU's boot
 * protocol (EL1, MMU off, x0 = boot_args), a stack, an empty frame chain.
 */
    .text
    .globl _start
    .p2align 2
_start:
    msr     DAIFSet, #0xf
    adrp    x1, _pk_stack@PAGE
    add     x1, x1, _pk_stack@PAGEOFF
    add     x1, x1, #0x4000
    mov     sp, x1
    mov     x29, #0
    mov     x30, #0
    bl      _pk_main
1:  wfi
    b       1b
