# GuestProgram.cmake — cross-compiling small bare-metal AArch64 programs
# (tests and the demo) with aarch64-linux-gnu-gcc, linked for the bare
# machine with tests/system's boot code, linker script and semihosting.
find_program(AARCH64_CC aarch64-linux-gnu-gcc)
set(GUEST_DIR ${PROJECT_SOURCE_DIR}/tests/system)
set(GUEST_COMMON ${GUEST_DIR}/boot.S ${GUEST_DIR}/semihost.c)
set(GUEST_CFLAGS -O2 -ffreestanding -nostdlib -static -mgeneral-regs-only -mstrict-align
    -mno-outline-atomics -fno-strict-aliasing -fno-stack-protector -fno-pic -no-pie
    -Wall -Wextra -Werror -Wl,--build-id=none -Wl,-z,norelro -Wl,--no-warn-rwx-segments
    -T ${GUEST_DIR}/kernel.ld -I ${GUEST_DIR})

# guest_program(NAME SOURCE MARCH) -> ${CMAKE_CURRENT_BINARY_DIR}/NAME.elf
function(guest_program name src march)
  set(elf ${CMAKE_CURRENT_BINARY_DIR}/${name}.elf)
  add_custom_command(OUTPUT ${elf}
    COMMAND ${AARCH64_CC} ${GUEST_CFLAGS} -march=${march} -o ${elf}
            ${CMAKE_CURRENT_SOURCE_DIR}/${src} ${GUEST_COMMON} -lgcc
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${src} ${GUEST_COMMON} ${GUEST_DIR}/kernel.ld
            ${GUEST_DIR}/semihost.h
    COMMENT "cross-compiling ${name}")
  add_custom_target(${name}_elf ALL DEPENDS ${elf})
endfunction()
