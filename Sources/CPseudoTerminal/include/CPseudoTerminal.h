#pragma once
#include <sys/types.h>

/// Starts `path` with `argv` and `envp` on a new pseudo-terminal of `rows` x `columns`, as
/// sshd does for a session: the child leads a new session whose controlling terminal is the
/// pty's slave side (on its standard input, output and error), with every other descriptor
/// closed and every signal back to its default. On success returns the child's pid and puts
/// the master side (non-blocking, close-on-exec) in `*master`; on failure returns -1 with errno set.
pid_t annex_pty_spawn(const char *path, char *const argv[], char *const envp[],
                      unsigned short rows, unsigned short columns, int *master);

/// Tells the pseudo-terminal behind `master` its new size; the kernel sends SIGWINCH to the
/// foreground process group of its slave side. Returns 0, or -1 with errno set.
int annex_pty_resize(int master, unsigned short rows, unsigned short columns);
