# MachoKernel.cmake — building small arm64 Mach-O kernels (the demo kernel,
# test kernels) with clang -target arm64-apple-ios12.0 and ld64.lld. lld's
# Mach-O port cannot set an image base or write LC_UNIXTHREAD, so these
# kernels are position independent, linked at lld's default 0x100000000
# with LC_MAIN; xnuemu's loader takes the entry from LC_MAIN and ignores
# the __PAGEZERO guard.
find_program(MACHO_CLANG NAMES clang clang-14)
find_program(MACHO_LD NAMES ld64.lld-14 ld64.lld)
set(MACHO_CFLAGS -target arm64-apple-ios12.0 -march=armv8.1-a -O2 -ffreestanding
    -fno-builtin -nostdlib -mgeneral-regs-only -fno-stack-protector -fno-stack-check
    -Wall -Wextra -Werror)

# macho_kernel(NAME SOURCES...) -> ${CMAKE_CURRENT_BINARY_DIR}/NAME
function(macho_kernel name)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${name})
  set(objs "")
  foreach(src ${ARGN})
    get_filename_component(stem ${src} NAME_WE)
    set(obj ${CMAKE_CURRENT_BINARY_DIR}/${name}.${stem}.o)
    add_custom_command(OUTPUT ${obj}
      COMMAND ${MACHO_CLANG} ${MACHO_CFLAGS} -c ${CMAKE_CURRENT_SOURCE_DIR}/${src} -o ${obj}
      DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${src}
      IMPLICIT_DEPENDS C ${CMAKE_CURRENT_SOURCE_DIR}/${src}
      COMMENT "compiling ${src} for ${name} (arm64 Mach-O)")
    list(APPEND objs ${obj})
  endforeach()
  add_custom_command(OUTPUT ${out}
    COMMAND ${MACHO_LD} -arch arm64 -platform_version ios 12.0 12.0 -e _start -o ${out} ${objs}
    DEPENDS ${objs}
    COMMENT "linking ${name} (arm64 Mach-O)")
  add_custom_target(${name}_macho ALL DEPENDS ${out})
endfunction()
