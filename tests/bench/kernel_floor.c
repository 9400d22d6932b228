/* kernel_floor: what the kernel alone costs for the reads a change could
 * make, to time with cpu_rss against `ip addr del` (PROFILE-before.md):
 *   kernel_floor dump IFINDEX   strict RTM_GETADDR dump of one link's IPv4
 *                               addresses (0: every link), replies discarded
 *   kernel_floor ifconf         SIOCGIFCONF: every IPv4 label and address
 *   kernel_floor label NAME     SIOCGIFADDR, SIOCGIFNETMASK, SIOCGIFBRDADDR
 *                               of one label ("v0:19999")
 * Prints what it read on stderr. */
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif

static int dump(int ifindex) {
  int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
  int one = 1;
  setsockopt(fd, SOL_NETLINK, NETLINK_GET_STRICT_CHK, &one, sizeof one);
  struct {
    struct nlmsghdr h;
    struct ifaddrmsg a;
  } req = {0};
  req.h.nlmsg_len = sizeof req;
  req.h.nlmsg_type = RTM_GETADDR;
  req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
  req.h.nlmsg_seq = 1;
  req.a.ifa_family = AF_INET;
  req.a.ifa_index = (unsigned)ifindex;
  if (send(fd, &req, sizeof req, 0) < 0) return 1;
  static char buf[1 << 17];
  long n = 0;
  for (;;) {
    ssize_t len = recv(fd, buf, sizeof buf, 0);
    if (len <= 0) return 1;
    for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, len); h = NLMSG_NEXT(h, len)) {
      if (h->nlmsg_type == NLMSG_ERROR) return 1;
      if (h->nlmsg_type == NLMSG_DONE) {
        fprintf(stderr, "%ld addresses\n", n);
        return 0;
      }
      ++n;
    }
  }
}

static int ifconf(void) {
  int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  struct ifconf ic = {0};
  if (ioctl(fd, SIOCGIFCONF, &ic) < 0) return 1;  /* the size it needs */
  ic.ifc_buf = malloc((size_t)ic.ifc_len);
  if (!ic.ifc_buf || ioctl(fd, SIOCGIFCONF, &ic) < 0) return 1;
  fprintf(stderr, "%zu addresses\n", (size_t)ic.ifc_len / sizeof(struct ifreq));
  return 0;
}

static int label(const char *name) {
  int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  struct ifreq r = {0};
  strncpy(r.ifr_name, name, IFNAMSIZ - 1);
  const unsigned long reqs[] = {SIOCGIFADDR, SIOCGIFNETMASK, SIOCGIFBRDADDR};
  for (int i = 0; i < 3; ++i)
    if (ioctl(fd, reqs[i], &r) < 0) return 1;
  fprintf(stderr, "%s found\n", name);
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 3 && !strcmp(argv[1], "dump")) return dump(atoi(argv[2]));
  if (argc == 2 && !strcmp(argv[1], "ifconf")) return ifconf();
  if (argc == 3 && !strcmp(argv[1], "label")) return label(argv[2]);
  fprintf(stderr, "usage: kernel_floor dump IFINDEX | ifconf | label NAME\n");
  return 2;
}
