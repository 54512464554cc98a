# Fails when running lupdate over the sources would change a committed .ts file: a tr() string
# missing from (or vanished in) translations/. Fix: cmake --build build --target update_translations
# Inputs: LUPDATE (the tool), LIST (the source list file), TS_FILES (;-separated), OPTIONS, WORK_DIR.
set(options ${OPTIONS})
file(MAKE_DIRECTORY "${WORK_DIR}")
set(stale "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" ${options} "@${LIST}" -ts "${copy}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ts}" "${copy}" RESULT_VARIABLE differs)
    if(differs)
        execute_process(COMMAND diff -u "${ts}" "${copy}" OUTPUT_VARIABLE diff)
        string(APPEND stale "${name}:\n${diff}\n")
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "The translations are out of date with the code "
                        "(run: cmake --build build --target update_translations):\n${stale}")
endif()
message(STATUS "Every .ts file is up to date with the tr() strings of the code.")
