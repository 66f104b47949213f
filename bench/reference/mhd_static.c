/* The libmicrohttpd reference of scripts/bench: the smallest server on the same
 * library and thread model as zoho-lock-mock, answering one JSON file to every
 * request. Our figures are printed as ratios to it, so it must do no less than
 * the emulator has to: keep-alive, the same content type, the same pool.
 *
 *   cc -O2 -o mhd_static bench/reference/mhd_static.c -lmicrohttpd
 *   mhd_static PORT FILE [THREADS]
 *
 * Prints "mhd_static listening on PORT" when ready; stops on SIGINT/SIGTERM. */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One response, built once and queued for every request: libmicrohttpd
 * reference-counts responses, so sharing it between pool threads is allowed. */
static struct MHD_Response *answer;

/* libmicrohttpd-notes.md: queueing on the first call (headers only) costs
 * keep-alive, so the first call only marks the request and the answer goes
 * out on the call with no more upload data. */
static enum MHD_Result handle(void *cls, struct MHD_Connection *connection, const char *url, const char *method,
                              const char *version, const char *upload_data, size_t *upload_data_size,
                              void **con_cls) {
    static int marker;
    (void)cls; (void)url; (void)method; (void)version; (void)upload_data;
    if (*con_cls == NULL) {
        *con_cls = &marker;
        return MHD_YES;
    }
    if (*upload_data_size != 0) {
        *upload_data_size = 0;
        return MHD_YES;
    }
    return MHD_queue_response(connection, MHD_HTTP_OK, answer);
}

static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) return NULL;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *bytes = malloc(size > 0 ? (size_t)size : 1);
    if (bytes == NULL || fread(bytes, 1, (size_t)size, file) != (size_t)size) {
        fclose(file);
        free(bytes);
        return NULL;
    }
    fclose(file);
    *length = (size_t)size;
    return bytes;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s PORT FILE [THREADS]\n", argv[0]);
        return 2;
    }
    unsigned short port = (unsigned short)atoi(argv[1]);
    unsigned int threads = argc > 3 ? (unsigned int)atoi(argv[3]) : 2;
    size_t length = 0;
    char *body = read_file(argv[2], &length);
    if (body == NULL) {
        fprintf(stderr, "mhd_static: cannot read %s\n", argv[2]);
        return 1;
    }
    answer = MHD_create_response_from_buffer(length, body, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(answer, "Content-Type", "application/json;charset=UTF-8");

    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL); /* the pool threads inherit it */

    /* Loopback only, like the emulator's default: a benchmark opens nothing to the network. */
    struct sockaddr_in address;
    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    struct MHD_Daemon *daemon = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL | MHD_USE_ERROR_LOG, port, NULL, NULL, handle, NULL,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&address, MHD_OPTION_THREAD_POOL_SIZE, threads, MHD_OPTION_CONNECTION_LIMIT, 1000u,
        MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_LISTEN_BACKLOG_SIZE, 1024u,
        MHD_OPTION_LISTENING_ADDRESS_REUSE, 1u, MHD_OPTION_END);
    if (daemon == NULL) {
        fprintf(stderr, "mhd_static: cannot listen on port %u\n", port);
        return 1;
    }
    printf("mhd_static listening on %u\n", port);
    fflush(stdout);
    int received;
    sigwait(&stop, &received);
    MHD_stop_daemon(daemon);
    MHD_destroy_response(answer);
    free(body);
    return 0;
}
