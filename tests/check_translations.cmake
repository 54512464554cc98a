# Fails when running lupdate over the sources would change a committed .ts file: a tr() string
# missing from (or vanished in) translations/. Fix: cmake --build build --target update_translations
# Also fails when a message of a fully translated language (FULL_TS_FILES: German, Hindi) is
# unfinished or empty, so that no new string reaches those users in English.
# Inputs: LUPDATE (the tool), LIST (the source list file), TS_FILES and OPTIONS (the plural-only
# English file), FULL_TS_FILES and FULL_OPTIONS (;-separated), WORK_DIR.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(stale "")
set(untranslated "")
function(check_ts ts options)
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
        set(stale "${stale}${name}:\n${diff}\n" PARENT_SCOPE)
    endif()
endfunction()
foreach(ts IN LISTS TS_FILES)
    check_ts("${ts}" "${OPTIONS}")
endforeach()
foreach(ts IN LISTS FULL_TS_FILES)
    check_ts("${ts}" "${FULL_OPTIONS}")
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" content)
    # Each <message> on its own: unfinished, or with an empty translation or plural form.
    string(REPLACE ";" "(semicolon)" content "${content}")
    string(REPLACE "</message>" "</message>\n" content "${content}")
    string(REGEX MATCHALL "<message[^\n]*>\n([^<]|<[^/]|</[^m])*</message>" messages "${content}")
    set(bad 0)
    set(examples "")
    foreach(m IN LISTS messages)
        if(m MATCHES "type=\"(unfinished|vanished|obsolete)\""
           OR m MATCHES "<translation></translation>"
           OR m MATCHES "<translation/>"
           OR m MATCHES "<numerusform></numerusform>"
           OR m MATCHES "<numerusform/>")
            math(EXPR bad "${bad} + 1")
            if(bad LESS_EQUAL 5 AND m MATCHES "<source>([^<]*)</source>")
                string(APPEND examples "    ${CMAKE_MATCH_1}\n")
            endif()
        endif()
    endforeach()
    list(LENGTH messages count)
    if(count EQUAL 0)
        string(APPEND untranslated "${name}: no messages found\n")
    elseif(bad GREATER 0)
        string(APPEND untranslated "${name}: ${bad} of ${count} message(s) untranslated, e.g.\n${examples}")
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "The translations are out of date with the code "
                        "(run: cmake --build build --target update_translations):\n${stale}")
endif()
if(untranslated)
    message(FATAL_ERROR "Untranslated messages (translate them in the .ts file):\n${untranslated}")
endif()
message(STATUS "Every .ts file is up to date with the tr() strings of the code, "
               "and every German and Hindi message is translated.")
