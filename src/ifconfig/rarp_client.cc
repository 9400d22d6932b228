#include "src/ifconfig/rarp_client.h"

#include <arpa/inet.h>
#include <errno.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "lib/common/escape.h"
#include "src/common/file_io.h"

namespace solnet {

namespace {

long long now_ms() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

// Waits up to `ms` for a reply to us; nullopt on timeout.
Result<std::optional<InetAddr>> await_reply(int fd, const HwAddr& mine, int ms) {
  const long long end = now_ms() + ms;
  std::vector<uint8_t> buf(1500);
  for (long long left = ms; left > 0; left = end - now_ms()) {
    pollfd p{fd, POLLIN, 0};
    int n = poll(&p, 1, static_cast<int>(left));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return error(std::string("poll: ") + strerror(errno));
    if (n == 0) break;
    ssize_t got = recv(fd, buf.data(), buf.size(), 0);
    if (got < 0) continue;
    std::vector<uint8_t> pkt(buf.begin(), buf.begin() + got);
    if (auto a = rarp_reply_for(pkt, mine)) return std::optional<InetAddr>(*a);
  }
  return std::optional<InetAddr>();
}

}  // namespace

Result<InetAddr> PacketRarpClient::ask(const Link& link, const RarpSettings& settings) {
  const std::string name = printable(link.name);
  if (link.type != ARPHRD_ETHER || link.hwaddr.size() != 6)
    return error(name + ": auto-revarp needs an Ethernet interface");
  if (link.flags & (IFF_NOARP | IFF_LOOPBACK | IFF_POINTOPOINT))
    return error(name + ": auto-revarp is not possible on this interface");
  Fd sock(socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, htons(kEthertypeRarp)));
  const int fd = sock.get();
  if (fd < 0) return error(name + ": cannot open a packet socket: " + strerror(errno));

  sockaddr_ll ll{};
  ll.sll_family = AF_PACKET;
  ll.sll_protocol = htons(kEthertypeRarp);
  ll.sll_ifindex = link.index;
  if (bind(fd, reinterpret_cast<sockaddr*>(&ll), sizeof ll) < 0)
    return error(name + ": cannot listen for RARP: " + strerror(errno));

  sockaddr_ll to = ll;
  to.sll_halen = 6;
  memset(to.sll_addr, 0xff, 6);
  const auto req = rarp_request(link.hwaddr);
  for (int i = 0; i < settings.retries; ++i) {
    if (sendto(fd, req.data(), req.size(), 0, reinterpret_cast<sockaddr*>(&to), sizeof to) < 0)
      return error(name + ": cannot send a RARP request: " + strerror(errno));
    auto r = await_reply(fd, link.hwaddr, settings.timeout_ms);
    if (!r) return error(name + ": " + r.error().message);
    if (*r) return **r;
  }
  return error(name + ": no RARP reply");
}

}  // namespace solnet
