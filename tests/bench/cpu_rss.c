/* cpu_rss OUT TIMEOUT CMD [ARGS...]: runs CMD once, stdout to the file OUT,
 * stdin and stderr inherited, killed after TIMEOUT seconds (wall). Prints
 * "USER_US SYSTEM_US MAXRSS_KB STATUS" of the child; STATUS is its exit code,
 * 128+N for signal N, or "timeout".
 *
 * Why C and not python or a shell: Linux counts the resident pages a child
 * had before exec (its parent's, shared after fork) into its max RSS, so the
 * parent must be tiny for a few-MB command to be measured right. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile pid_t child;
static volatile sig_atomic_t timed_out;

static void on_alarm(int sig) {
  (void)sig;
  timed_out = 1;
  kill(child, SIGKILL);
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: cpu_rss OUT TIMEOUT CMD [ARGS...]\n");
    return 2;
  }
  int out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (out < 0) {
    perror(argv[1]);
    return 2;
  }
  struct sigaction sa = {0};
  sa.sa_handler = on_alarm;  /* no SA_RESTART: wait4 returns EINTR, then waits again */
  sigaction(SIGALRM, &sa, NULL);
  child = fork();
  if (child < 0) {
    perror("fork");
    return 2;
  }
  if (child == 0) {
    dup2(out, 1);
    execvp(argv[3], argv + 3);
    perror(argv[3]);
    _exit(127);
  }
  alarm((unsigned)atoi(argv[2]));
  int status;
  struct rusage ru;
  while (wait4(child, &status, 0, &ru) < 0) {
    if (errno != EINTR) {
      perror("wait4");
      return 2;
    }
  }
  alarm(0);
  printf("%ld %ld %ld ", ru.ru_utime.tv_sec * 1000000L + ru.ru_utime.tv_usec,
         ru.ru_stime.tv_sec * 1000000L + ru.ru_stime.tv_usec, ru.ru_maxrss);
  if (timed_out)
    printf("timeout\n");
  else
    printf("%d\n", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
  return 0;
}
