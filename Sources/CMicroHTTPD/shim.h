#ifndef CMICROHTTPD_SHIM_H
#define CMICROHTTPD_SHIM_H
#include <stdint.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netdb.h>
#include <time.h>
#include <microhttpd.h>

/* Settings for cmhd_start, gathered in a struct because MHD_start_daemon is
 * variadic and Swift cannot call it. */
struct cmhd_config {
    const char *host;            /* numeric address or name to bind */
    uint16_t port;               /* 0 lets the kernel pick */
    unsigned int thread_pool;    /* >1: pool of polling threads */
    unsigned int connection_timeout_seconds;
    unsigned int connection_limit;
    size_t connection_memory_limit;  /* bounds the request header size */
    unsigned int listen_backlog;
};

/* Called once per request with the raw request target (path and query, as
 * sent); its result becomes the request's per-connection context pointer. */
typedef void *(*cmhd_uri_logger)(void *cls, const char *uri, struct MHD_Connection *connection);

/* Called when a connection opens and when it closes (before its socket is
 * closed, so the socket is still the connection's while the callback runs). */
typedef void (*cmhd_connection_notifier)(void *cls, struct MHD_Connection *connection, void **socket_context,
                                         enum MHD_ConnectionNotificationCode code);

/* Starts a daemon with an internal poll-based thread pool. Measured on these
 * machines: epoll in one thread stalls at multiples of 128 connections, the
 * poll thread pool does not. Returns NULL on failure (bad host, port in use). */
static inline struct MHD_Daemon *cmhd_start(const struct cmhd_config *config,
                                            MHD_AccessHandlerCallback handler,
                                            MHD_RequestCompletedCallback completed,
                                            cmhd_uri_logger uri_logger, cmhd_connection_notifier notifier,
                                            void *cls) {
    struct addrinfo hints;
    struct addrinfo *found = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    if (getaddrinfo(config->host, NULL, &hints, &found) != 0 || found == NULL) {
        return NULL;
    }
    struct sockaddr_storage address;
    memset(&address, 0, sizeof address);
    memcpy(&address, found->ai_addr, found->ai_addrlen);
    /* MHD_USE_ITC: the thread pool can then be quiesced (stop accepting, keep serving). */
    unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL | MHD_USE_ERROR_LOG | MHD_USE_ITC;
    if (address.ss_family == AF_INET6) {
        ((struct sockaddr_in6 *)&address)->sin6_port = htons(config->port);
        flags |= MHD_USE_IPv6;
    } else {
        ((struct sockaddr_in *)&address)->sin_port = htons(config->port);
    }
    freeaddrinfo(found);
    return MHD_start_daemon(flags, config->port, NULL, NULL, handler, cls,
                            MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&address,
                            MHD_OPTION_NOTIFY_COMPLETED, completed, cls,
                            MHD_OPTION_URI_LOG_CALLBACK, uri_logger, cls,
                            MHD_OPTION_NOTIFY_CONNECTION, notifier, cls,
                            MHD_OPTION_THREAD_POOL_SIZE, config->thread_pool,
                            MHD_OPTION_CONNECTION_TIMEOUT, config->connection_timeout_seconds,
                            MHD_OPTION_CONNECTION_LIMIT, config->connection_limit,
                            MHD_OPTION_CONNECTION_MEMORY_LIMIT, config->connection_memory_limit,
                            MHD_OPTION_LISTEN_BACKLOG_SIZE, config->listen_backlog,
                            /* No MHD_OPTION_LISTENING_ADDRESS_REUSE: set to 1 it adds SO_REUSEPORT,
                               so a second server on a busy port started too and the kernel split the
                               connections between the two. Left out, libmicrohttpd sets SO_REUSEADDR
                               only: a restart still binds at once, a second server gets EADDRINUSE. */
                            MHD_OPTION_END);
}

/* The port the daemon listens on, read from its socket (needed for port 0). */
static inline uint16_t cmhd_bound_port(struct MHD_Daemon *daemon) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_LISTEN_FD);
    if (info == NULL) return 0;
    struct sockaddr_storage address;
    socklen_t length = sizeof address;
    if (getsockname(info->listen_fd, (struct sockaddr *)&address, &length) != 0) return 0;
    if (address.ss_family == AF_INET6) return ntohs(((struct sockaddr_in6 *)&address)->sin6_port);
    return ntohs(((struct sockaddr_in *)&address)->sin_port);
}

/* The connection's socket. */
static inline int cmhd_connection_fd(struct MHD_Connection *connection) {
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    return info == NULL ? -1 : info->connect_fd;
}

/* What the connection notifier stored for the connection. */
static inline void *cmhd_socket_context(struct MHD_Connection *connection) {
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return info == NULL ? NULL : info->socket_context;
}

/* Milliseconds of a clock that never jumps (coarse: a few ms, and cheap). */
static inline int64_t cmhd_monotonic_ms(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC_COARSE, &now);
    return (int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

#endif
