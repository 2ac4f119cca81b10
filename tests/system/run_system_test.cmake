# run_system_test.cmake — runs one system-test program on xnuemu (XNUEMU)
# or QEMU (QEMU) and checks its output and exit status.
#   ELF       the program
#   EXPECTED  file with the expected output, or NATIVE:<host program>
#   STATUS    expected exit status
#   WORKDIR   fresh directory the program runs in (its semihosting root)
#   ARGS      extra emulator arguments (;-list); "--append X" is understood
file(REMOVE_RECURSE ${WORKDIR})
file(MAKE_DIRECTORY ${WORKDIR})
if(EXPECTED MATCHES "^NATIVE:(.*)")
  execute_process(COMMAND ${CMAKE_MATCH_1} OUTPUT_VARIABLE want RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the native build of the test failed: ${rc}")
  endif()
else()
  file(READ ${EXPECTED} want)
endif()
if(XNUEMU)
  set(cmd ${XNUEMU} ${ARGS} ${ELF})
else()
  # QEMU: the virt board has its RAM where the bare machine has it
  list(FIND ARGS "--append" i)
  set(qargs)
  if(i GREATER -1)
    math(EXPR j "${i} + 1")
    list(GET ARGS ${j} app)
    set(qargs -append ${app})
  endif()
  set(cmd ${QEMU} -M virt -cpu max -m 128 -nographic -monitor none -serial none
          -semihosting-config enable=on,target=native,chardev=stdio0
          -chardev stdio,id=stdio0 -kernel ${ELF} ${qargs})
endif()
execute_process(COMMAND ${cmd} WORKING_DIRECTORY ${WORKDIR} TIMEOUT 120
                OUTPUT_VARIABLE got ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT "${got}" STREQUAL "${want}")
  message(FATAL_ERROR "output differs\n--- expected\n${want}--- got\n${got}--- stderr\n${err}")
endif()
if(NOT "${rc}" STREQUAL "${STATUS}")
  message(FATAL_ERROR "exit status ${rc}, expected ${STATUS}\nstderr: ${err}")
endif()
