/*
 * echo_load: a minimal epoll load client for echo servers, the yardstick NetLab's own load
 * generator is held against. One thread, non-blocking sockets, level-triggered epoll.
 *
 *   echo_load -p PORT [-h 127.0.0.1] [-c CONNS] [-s SIZE] [-d SECONDS] [-w WARMUP] [-m pingpong|stream]
 *
 * pingpong: each connection sends SIZE bytes and waits for the same SIZE bytes back (checked
 * byte for byte), then sends the next; latency is the time from send to the last byte back.
 * stream: each connection keeps at most 4 * SIZE bytes in flight and checks what comes back.
 * Prints "measuring" when the measured window begins (after the warm-up), then one JSON object. Loopback only by intent; bounded by -d.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define HIST_BUCKETS 4096 /* microseconds, linear below 1 ms then coarse */

typedef struct {
    int fd;
    uint64_t seq;       /* request number: stamped into the payload so every echo is checked */
    size_t sent;        /* bytes of the current request written */
    size_t got;         /* bytes of the current reply read (pingpong) */
    uint64_t t0;        /* when the current request started */
    uint64_t out_total; /* stream: bytes written */
    uint64_t in_total;  /* stream: bytes read and checked */
} conn_t;

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t) ts.tv_sec * 1000000000ull + (uint64_t) ts.tv_nsec;
}

static uint64_t hist[HIST_BUCKETS];
static uint64_t hist_max_us;

static void record(uint64_t ns) {
    uint64_t us = ns / 1000;
    if (us > hist_max_us) hist_max_us = us;
    /* 0..999 us one bucket each; beyond, 1 ms buckets up to ~3 s */
    size_t b = us < 1000 ? us : 1000 + (us - 1000) / 1000;
    if (b >= HIST_BUCKETS) b = HIST_BUCKETS - 1;
    hist[b]++;
}

static double percentile(uint64_t total, double p) {
    uint64_t want = (uint64_t) (total * p);
    uint64_t seen = 0;
    for (size_t b = 0; b < HIST_BUCKETS; b++) {
        seen += hist[b];
        if (seen > want) return b < 1000 ? (double) b : 1000.0 + (double) (b - 1000) * 1000.0;
    }
    return (double) hist_max_us;
}

/*
 * The byte at stream position pos of connection c is P[(pos + 37 c) mod 256] with P[i] = 131 i
 * mod 256, NetLab's load generator uses the same pattern. It repeats every 256 bytes, so what to
 * send and what to expect are slices of one precomputed array: no per-byte work on either side.
 */
static unsigned char *P; /* 256 + window bytes */
static inline const unsigned char *pattern_at(int c, uint64_t pos) {
    return P + ((pos + 37u * (uint64_t) c) & 0xFF);
}

int main(int argc, char **argv) {
    const char *host = "127.0.0.1";
    int port = 0, conns = 50, secs = 10, warm = 2, stream = 0;
    size_t size = 1024;
    int opt;
    while ((opt = getopt(argc, argv, "h:p:c:s:d:w:m:")) != -1) {
        switch (opt) {
            case 'h': host = optarg; break;
            case 'p': port = atoi(optarg); break;
            case 'c': conns = atoi(optarg); break;
            case 's': size = (size_t) atol(optarg); break;
            case 'd': secs = atoi(optarg); break;
            case 'w': warm = atoi(optarg); break;
            case 'm': stream = strcmp(optarg, "stream") == 0; break;
            default: fprintf(stderr, "usage: %s -p PORT [-h HOST] [-c CONNS] [-s SIZE] [-d SECONDS] [-w WARMUP] [-m pingpong|stream]\n", argv[0]); return 2;
        }
    }
    if (port <= 0 || conns <= 0 || size == 0 || secs <= 0 || warm < 0) {
        fprintf(stderr, "echo_load: need -p PORT and positive -c, -s, -d\n");
        return 2;
    }
    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_port = htons((uint16_t) port);
    if (inet_pton(AF_INET, host, &addr.sin_addr) != 1) {
        fprintf(stderr, "echo_load: not an IPv4 address: %s\n", host);
        return 2;
    }
    int ep = epoll_create1(0);
    conn_t *cs = calloc((size_t) conns, sizeof(conn_t));
    size_t window = stream ? 4 * size : size;
    unsigned char *in = malloc(window > 65536 ? window : 65536);
    P = malloc(256 + window);
    for (size_t j = 0; j < 256 + window; j++) P[j] = (unsigned char) ((j * 131u) & 0xFF);
    for (int i = 0; i < conns; i++) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (connect(fd, (struct sockaddr *) &addr, sizeof addr) != 0) {
            fprintf(stderr, "echo_load: connect %s:%d: %s\n", host, port, strerror(errno));
            return 1;
        }
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
        cs[i].fd = fd;
        struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT, .data.u32 = (uint32_t) i};
        epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
    }
    uint64_t start = now_ns(), measure_from = start + (uint64_t) warm * 1000000000ull;
    uint64_t end = measure_from + (uint64_t) secs * 1000000000ull;
    uint64_t requests = 0, bytes = 0, errors = 0, mismatches = 0, measured_from_bytes = 0;
    int measuring = warm == 0;
    if (measuring) { printf("measuring\n"); fflush(stdout); }
    struct epoll_event evs[256];
    while (1) {
        uint64_t t = now_ns();
        if (!measuring && t >= measure_from) {
            measuring = 1;
            printf("measuring\n");
            fflush(stdout);
            measured_from_bytes = bytes;
            requests = 0;
            memset(hist, 0, sizeof hist);
            hist_max_us = 0;
        }
        if (t >= end) break;
        int n = epoll_wait(ep, evs, 256, 100);
        for (int k = 0; k < n; k++) {
            int i = (int) evs[k].data.u32;
            conn_t *c = &cs[i];
            if (evs[k].events & (EPOLLERR | EPOLLHUP)) {
                errors++;
                epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
                continue;
            }
            if (evs[k].events & EPOLLOUT) {
                if (!stream) {
                    if (c->sent < size) {
                        if (c->sent == 0) c->t0 = now_ns();
                        size_t len = size - c->sent;
                        ssize_t w = write(c->fd, pattern_at(i, c->seq * size + c->sent), len);
                        if (w > 0) c->sent += (size_t) w;
                        else if (w < 0 && errno != EAGAIN) errors++;
                    }
                    if (c->sent == size) {
                        struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t) i};
                        epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev);
                    }
                } else if (c->out_total - c->in_total < window) {
                    size_t len = window - (size_t) (c->out_total - c->in_total);
                    ssize_t w = write(c->fd, pattern_at(i, c->out_total), len);
                    if (w > 0) c->out_total += (uint64_t) w;
                    else if (w < 0 && errno != EAGAIN) errors++;
                }
            }
            if (evs[k].events & EPOLLIN) {
                ssize_t r = read(c->fd, in, stream ? window : size - c->got);
                if (r == 0) { errors++; epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL); continue; }
                if (r < 0) { if (errno != EAGAIN) errors++; continue; }
                uint64_t base = stream ? c->in_total : c->seq * size + c->got;
                if (memcmp(in, pattern_at(i, base), (size_t) r) != 0) mismatches++;
                bytes += (uint64_t) r;
                if (stream) {
                    c->in_total += (uint64_t) r;
                } else {
                    c->got += (size_t) r;
                    if (c->got == size) {
                        record(now_ns() - c->t0);
                        requests++;
                        c->seq++;
                        c->sent = 0;
                        c->got = 0;
                        struct epoll_event ev = {.events = EPOLLOUT, .data.u32 = (uint32_t) i};
                        epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev);
                    }
                }
            }
        }
    }
    double elapsed = (double) (now_ns() - measure_from) / 1e9;
    for (int i = 0; i < conns; i++) close(cs[i].fd);
    uint64_t measured_bytes = bytes - measured_from_bytes;
    if (stream) requests = measured_bytes / size;
    printf("{\"client\": \"c-epoll\", \"mode\": \"%s\", \"connections\": %d, \"size\": %zu, \"seconds\": %.3f, "
           "\"requests\": %llu, \"rps\": %.1f, \"mib_s\": %.2f, \"p50_us\": %.0f, \"p90_us\": %.0f, \"p99_us\": %.0f, "
           "\"p999_us\": %.0f, \"max_us\": %llu, \"errors\": %llu, \"mismatches\": %llu}\n",
           stream ? "stream" : "pingpong", conns, size, elapsed, (unsigned long long) requests, requests / elapsed,
           measured_bytes / elapsed / 1048576.0, percentile(requests, 0.50), percentile(requests, 0.90),
           percentile(requests, 0.99), percentile(requests, 0.999), (unsigned long long) hist_max_us,
           (unsigned long long) errors, (unsigned long long) mismatches);
    return mismatches ? 3 : 0;
}
