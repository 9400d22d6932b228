// Asking the network for our IPv4 address by RARP (auto-revarp).
#pragma once

#include "lib/common/inet_addr.h"
#include "lib/common/kernel_model.h"
#include "lib/common/result.h"
#include "lib/ifconfig/rarp_packet.h"

namespace solnet {

class RarpClient {
 public:
  virtual ~RarpClient() = default;
  // Broadcasts requests on the link and returns the first reply for its
  // hardware address; an error after `settings.retries` silent tries.
  virtual Result<InetAddr> ask(const Link& link, const RarpSettings& settings) = 0;
};

class PacketRarpClient : public RarpClient {
 public:
  Result<InetAddr> ask(const Link& link, const RarpSettings& settings) override;
};

}  // namespace solnet
