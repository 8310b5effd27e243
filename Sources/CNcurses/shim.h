#ifndef ANNEX_CNCURSES_SHIM_H
#define ANNEX_CNCURSES_SHIM_H
// The wide-character API is only declared when these are set before the include;
// SwiftPM cSettings do not reach the Swift importer, so they live here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/ncurses.h>

// Globals Swift 6 rejects as "not concurrency-safe": read them through functions.
static inline WINDOW *annex_stdscr(void) { return stdscr; }
/* Whether the terminal can move the cursor: TERM=dumb and the like cannot draw a screen. */
static inline int annex_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
static inline int annex_lines(void) { return LINES; }
static inline int annex_cols(void) { return COLS; }
static inline int annex_colors(void) { return COLORS; }
static inline int annex_color_pairs(void) { return COLOR_PAIRS; }

// Macros that do not import into Swift.
static inline attr_t annex_attr_bold(void) { return A_BOLD; }
static inline attr_t annex_attr_dim(void) { return A_DIM; }
static inline attr_t annex_attr_italic(void) { return A_ITALIC; }
static inline attr_t annex_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t annex_attr_reverse(void) { return A_REVERSE; }
static inline attr_t annex_attr_normal(void) { return A_NORMAL; }
static inline int annex_key_f(int n) { return KEY_F(n); }
static inline int annex_ccharw_max(void) { return CCHARW_MAX; }

static inline mmask_t annex_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON2_PRESSED | BUTTON3_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int annex_mouse_is_left(mmask_t state) { return (state & BUTTON1_PRESSED) != 0; }
static inline int annex_mouse_is_middle(mmask_t state) { return (state & BUTTON2_PRESSED) != 0; }
static inline int annex_mouse_is_right(mmask_t state) { return (state & BUTTON3_PRESSED) != 0; }
static inline int annex_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int annex_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

// newterm instead of initscr: initscr prints and exits on an unknown TERM, newterm returns NULL
// so the caller can say what is wrong. `stdout`/`stdin` are globals Swift 6 will not read.
static inline SCREEN *annex_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline const char *annex_codeset(void) { return nl_langinfo(CODESET); }

// Columns the C library (and so curses) gives a character in the current locale; -1 when the
// locale cannot show it. Declared here because glibc hides it without _XOPEN_SOURCE.
extern int wcwidth(wchar_t);
static inline int annex_wcwidth(wchar_t character) { return wcwidth(character); }

// Bracketed paste (xterm's mode 2004): the terminal wraps pasted text in ESC[200~ ... ESC[201~.
// ncurses knows nothing of it, so it is switched on and off by writing the mode directly.
static inline void annex_write_stdout(const char *text) {
    size_t length = strlen(text);
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, text, length);
        if (written <= 0) return;
        text += written;
        length -= (size_t)written;
    }
}
static inline void annex_bracketed_paste(int on) { annex_write_stdout(on ? "\033[?2004h" : "\033[?2004l"); }

// Leaves curses mode if it is active; safe to call any number of times, from atexit and from
// signal handlers (endwin is not async-signal-safe by the letter of POSIX, but it is what
// ncurses' own signal handlers do, and a terminal left in raw mode is the worse outcome).
static inline void annex_restore_terminal(void) {
    if (!isendwin()) {
        annex_bracketed_paste(0);
        endwin();
    }
}

// SIGINT/SIGTERM/SIGHUP: restore the terminal and exit the way a shell expects (128+signal).
// A Swift closure cannot be a C signal handler that reaches Swift state, so this lives in C.
static inline void annex_on_terminating_signal(int signo) {
    annex_restore_terminal();
    _exit(128 + signo);
}

// Crashes (a Swift trap is SIGILL or SIGTRAP, abort() is SIGABRT): restore the terminal, put back
// the handler that was there before (Swift's backtracer, or the default), and return, so the
// faulting instruction runs again under it and the crash is reported as usual.
// The saved handlers live in a function-local static: the Swift importer does not emit a
// header's file-scope variables. Each Swift file that calls these gets its own copy, so only
// one file may call annex_install_crash_handlers.
static inline struct sigaction *annex_previous_crash_action(int signo) {
    static struct sigaction saved[NSIG];
    return &saved[signo];
}
static inline void annex_on_crash_signal(int signo) {
    annex_restore_terminal();
    sigaction(signo, annex_previous_crash_action(signo), NULL);
}
static inline void annex_install_crash_handlers(void) {
    const int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; ++i) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = annex_on_crash_signal;
        // SA_ONSTACK: on stack exhaustion only an alternate stack (if the runtime set one) can run it.
        action.sa_flags = SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        sigaction(signals[i], &action, annex_previous_crash_action(signals[i]));
    }
}
#endif
