# Per-target warnings and sanitizers; never global flags.
function(waymark_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
        -Wshadow=local -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
    if(WAYMARK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    waymark_set_sanitizers(${target})
endfunction()

function(waymark_set_sanitizers target)
    if(WAYMARK_BUILD_FUZZ)
        # Coverage for libFuzzer in every Waymark target; the fuzz executables add the driver.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    elseif(WAYMARK_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()
