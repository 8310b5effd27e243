#define _GNU_SOURCE
#include "CPseudoTerminal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

// Between fork and exec the child of a multi-threaded process may only call async-signal-safe
// functions: everything that allocates (ptsname, the argument arrays) happens before the fork.
static void close_from(int lowest) {
#ifdef SYS_close_range
    if (syscall(SYS_close_range, lowest, ~0U, 0) == 0) return;
#endif
    long highest = sysconf(_SC_OPEN_MAX);
    if (highest < 0 || highest > 65536) highest = 65536;
    for (int fd = lowest; fd < highest; fd++) close(fd);
}

pid_t annex_pty_spawn(const char *path, char *const argv[], char *const envp[],
                      unsigned short rows, unsigned short columns, int *master) {
    int primary = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (primary < 0) return -1;
    char name[128];
    if (grantpt(primary) != 0 || unlockpt(primary) != 0 || ptsname_r(primary, name, sizeof name) != 0) {
        int saved = errno;
        close(primary);
        errno = saved;
        return -1;
    }
    struct winsize size = { .ws_row = rows, .ws_col = columns };
    ioctl(primary, TIOCSWINSZ, &size);
    int secondary = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (secondary < 0) {
        int saved = errno;
        close(primary);
        errno = saved;
        return -1;
    }

    pid_t pid = fork();
    if (pid == 0) {
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        struct sigaction standard;
        memset(&standard, 0, sizeof standard);
        standard.sa_handler = SIG_DFL;
        for (int number = 1; number < NSIG; number++) sigaction(number, &standard, NULL);
        if (setsid() < 0 || ioctl(secondary, TIOCSCTTY, 0) != 0) _exit(126);
        if (dup2(secondary, 0) < 0 || dup2(secondary, 1) < 0 || dup2(secondary, 2) < 0) _exit(126);
        close_from(3);
        execve(path, argv, envp);
        _exit(127);
    }
    int saved = errno;
    close(secondary);
    if (pid < 0) {
        close(primary);
        errno = saved;
        return -1;
    }
    int flags = fcntl(primary, F_GETFL);
    if (flags >= 0) fcntl(primary, F_SETFL, flags | O_NONBLOCK);
    *master = primary;
    return pid;
}

int annex_pty_resize(int master, unsigned short rows, unsigned short columns) {
    struct winsize size = { .ws_row = rows, .ws_col = columns };
    return ioctl(master, TIOCSWINSZ, &size);
}
