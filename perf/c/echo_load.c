/*
 * echo_load: a minimal epoll load client for echo servers, the yardstick NetLab's own load
 * generator is held against. One thread, non-blocking sockets, level-triggered epoll.
 *
 *   echo_load -p PORT [-h 127.0.0.1] [-c CONNS] [-s SIZE] [-d SECONDS] [-w WARMUP] [-m pingpong|stream]
 *   echo_load -p PORT,PORT[,...] [-P PID,PID[,...]] [-a PHASE_MS] ...      (pingpong, servers in turn)
 *
 * pingpong: each connection sends SIZE bytes and waits for the same SIZE bytes back (checked
 * byte for byte), then sends the next; latency is the time from send to the last byte back.
 * stream: each connection keeps at most 4 * SIZE bytes in flight and checks what comes back.
 * Prints "measuring" when the measured window begins (after the warm-up), then one JSON object. Loopback only by intent; bounded by -d.
 *
 * With several ports, CONNS connections go to each server and the servers are driven in turn,
 * PHASE_MS each (default 200): a phase ends when its time is up and its last reply is back, and
 * then the next server's connections start, so exactly one server works at a time. Each server's
 * CPU time (its whole process, from the kernel's clock for PID) is read at both ends of its
 * phases, so that the servers share whatever the machine does from one second to the next: a
 * slow minute slows each of them for a few of its phases, not one server's whole run. Prints
 * "phase SERVER REQUESTS CPU_NS WALL_NS" for each measured phase (CPU_NS -1 without -P).
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
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#define HIST_BUCKETS 4096 /* microseconds, linear below 1 ms then coarse */
#define MAX_SERVERS 16

typedef struct {
    int fd;
    uint64_t seq;       /* request number: stamped into the payload so every echo is checked */
    size_t sent;        /* bytes of the current request written */
    size_t got;         /* bytes of the current reply read (pingpong) */
    uint64_t t0;        /* when the current request started */
    uint64_t out_total; /* stream: bytes written */
    uint64_t in_total;  /* stream: bytes read and checked */
    int server;         /* which of the -p ports */
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
/* Splits "a,b,c" into at most MAX_SERVERS numbers; returns how many, 0 when one is not a number. */
static int parse_list(const char *text, long *out) {
    int n = 0;
    const char *p = text;
    while (*p && n < MAX_SERVERS) {
        char *end;
        long v = strtol(p, &end, 10);
        if (end == p || (*end && *end != ',')) return 0;
        out[n++] = v;
        p = *end ? end + 1 : end;
    }
    return *p ? 0 : n;
}

/* The process's CPU time in ns (every thread), or -1 without a clock for it. */
static long long cpu_ns(clockid_t clock, int have) {
    struct timespec ts;
    if (!have || clock_gettime(clock, &ts) != 0) return -1;
    return (long long) ts.tv_sec * 1000000000ll + ts.tv_nsec;
}

static unsigned char *P; /* 256 + window bytes */
static inline const unsigned char *pattern_at(int c, uint64_t pos) {
    return P + ((pos + 37u * (uint64_t) c) & 0xFF);
}

int main(int argc, char **argv) {
    const char *host = "127.0.0.1";
    int conns = 50, secs = 10, warm = 2, stream = 0, nservers = 0, npids = 0;
    long ports[MAX_SERVERS] = {0}, pids[MAX_SERVERS] = {0}, phase_ms = 200;
    size_t size = 1024;
    int opt;
    while ((opt = getopt(argc, argv, "h:p:P:a:c:s:d:w:m:")) != -1) {
        switch (opt) {
            case 'h': host = optarg; break;
            case 'p': nservers = parse_list(optarg, ports); break;
            case 'P': npids = parse_list(optarg, pids); break;
            case 'a': phase_ms = atol(optarg); break;
            case 'c': conns = atoi(optarg); break;
            case 's': size = (size_t) atol(optarg); break;
            case 'd': secs = atoi(optarg); break;
            case 'w': warm = atoi(optarg); break;
            case 'm': stream = strcmp(optarg, "stream") == 0; break;
            default:
                fprintf(stderr, "usage: %s -p PORT[,PORT...] [-P PID[,PID...]] [-a PHASE_MS] [-h HOST] [-c CONNS] [-s SIZE] "
                        "[-d SECONDS] [-w WARMUP] [-m pingpong|stream]\n", argv[0]);
                return 2;
        }
    }
    int valid_ports = nservers > 0;
    for (int s = 0; s < nservers; s++) valid_ports &= ports[s] > 0 && ports[s] < 65536;
    if (!valid_ports || conns <= 0 || size == 0 || secs <= 0 || warm < 0 || phase_ms <= 0) {
        fprintf(stderr, "echo_load: need -p PORT[,PORT...] (at most %d) and positive -c, -s, -d, -a\n", MAX_SERVERS);
        return 2;
    }
    int alternate = nservers > 1;
    if (alternate && stream) {
        fprintf(stderr, "echo_load: several servers are driven in turn in pingpong mode only\n");
        return 2;
    }
    if (npids != 0 && npids != nservers) {
        fprintf(stderr, "echo_load: -P needs one PID for each port\n");
        return 2;
    }
    clockid_t clocks[MAX_SERVERS];
    for (int s = 0; s < npids; s++) {
        if (clock_getcpuclockid((pid_t) pids[s], &clocks[s]) != 0) {
            fprintf(stderr, "echo_load: no CPU clock for process %ld\n", pids[s]);
            return 2;
        }
    }
    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    if (inet_pton(AF_INET, host, &addr.sin_addr) != 1) {
        fprintf(stderr, "echo_load: not an IPv4 address: %s\n", host);
        return 2;
    }
    int ep = epoll_create1(0);
    int total = conns * nservers;
    conn_t *cs = calloc((size_t) total, sizeof(conn_t));
    size_t window = stream ? 4 * size : size;
    unsigned char *in = malloc(window > 65536 ? window : 65536);
    P = malloc(256 + window);
    for (size_t j = 0; j < 256 + window; j++) P[j] = (unsigned char) ((j * 131u) & 0xFF);
    /* the first server's connections start; the others' wait, registered for nothing, for their turn */
    int active = 0, draining = 0, busy = conns;
    for (int i = 0; i < total; i++) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        cs[i].server = i / conns;
        addr.sin_port = htons((uint16_t) ports[cs[i].server]);
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (connect(fd, (struct sockaddr *) &addr, sizeof addr) != 0) {
            fprintf(stderr, "echo_load: connect %s:%ld: %s\n", host, ports[cs[i].server], strerror(errno));
            return 1;
        }
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
        cs[i].fd = fd;
        struct epoll_event ev = {.events = cs[i].server == 0 ? EPOLLIN | EPOLLOUT : 0, .data.u32 = (uint32_t) i};
        epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
    }
    uint64_t start = now_ns(), measure_from = start + (uint64_t) warm * 1000000000ull;
    uint64_t end = measure_from + (uint64_t) secs * 1000000000ull;
    uint64_t requests = 0, bytes = 0, errors = 0, mismatches = 0, measured_from_bytes = 0;
    int measuring = warm == 0;
    if (measuring) { printf("measuring\n"); fflush(stdout); }
    uint64_t phase_end = start + (uint64_t) phase_ms * 1000000ull, phase_t0 = start, phase_requests = 0;
    long long phase_cpu0 = cpu_ns(clocks[0], npids);
    struct epoll_event evs[256];
    while (1) {
        uint64_t t = now_ns();
        if (alternate && !draining && t >= phase_end) draining = 1; /* no new requests; wait for the replies */
        if (alternate && draining && busy == 0) {
            long long cpu = cpu_ns(clocks[active], npids);
            t = now_ns();
            if (phase_t0 >= measure_from && t <= end) {
                printf("phase %d %llu %lld %llu\n", active, (unsigned long long) phase_requests,
                       cpu < 0 ? -1 : cpu - phase_cpu0, (unsigned long long) (t - phase_t0));
            }
            if (t >= end) break;
            active = (active + 1) % nservers;
            draining = 0;
            busy = conns;
            phase_requests = 0;
            phase_cpu0 = cpu_ns(clocks[active], npids);
            phase_t0 = now_ns();
            phase_end = phase_t0 + (uint64_t) phase_ms * 1000000ull;
            for (int i = active * conns; i < (active + 1) * conns; i++) {
                struct epoll_event ev = {.events = EPOLLOUT, .data.u32 = (uint32_t) i};
                epoll_ctl(ep, EPOLL_CTL_MOD, cs[i].fd, &ev);
            }
            continue;
        }
        if (!measuring && t >= measure_from) {
            measuring = 1;
            printf("measuring\n");
            fflush(stdout);
            measured_from_bytes = bytes;
            requests = 0;
            memset(hist, 0, sizeof hist);
            hist_max_us = 0;
        }
        if (!alternate && t >= end) break;
        if (t >= end + 10000000000ull) { /* a server that never answers its phase's last request */
            fprintf(stderr, "echo_load: server %d did not answer %d requests\n", active, busy);
            errors += (uint64_t) busy;
            break;
        }
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
                        phase_requests++;
                        c->seq++;
                        c->sent = 0;
                        c->got = 0;
                        /* in a phase's last moments a connection rests once its reply is back */
                        int rest = alternate && draining;
                        busy -= rest;
                        struct epoll_event ev = {.events = rest ? 0 : EPOLLOUT, .data.u32 = (uint32_t) i};
                        epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev);
                    }
                }
            }
        }
    }
    double elapsed = (double) (now_ns() - measure_from) / 1e9;
    for (int i = 0; i < total; i++) close(cs[i].fd);
    uint64_t measured_bytes = bytes - measured_from_bytes;
    if (stream) requests = measured_bytes / size;
    printf("{\"client\": \"c-epoll\", \"mode\": \"%s\", \"connections\": %d, \"size\": %zu, \"seconds\": %.3f, "
           "\"requests\": %llu, \"rps\": %.1f, \"mib_s\": %.2f, \"p50_us\": %.0f, \"p90_us\": %.0f, \"p99_us\": %.0f, "
           "\"p999_us\": %.0f, \"max_us\": %llu, \"errors\": %llu, \"mismatches\": %llu}\n",
           stream ? "stream" : alternate ? "alternate" : "pingpong", conns, size, elapsed, (unsigned long long) requests, requests / elapsed,
           measured_bytes / elapsed / 1048576.0, percentile(requests, 0.50), percentile(requests, 0.90),
           percentile(requests, 0.99), percentile(requests, 0.999), (unsigned long long) hist_max_us,
           (unsigned long long) errors, (unsigned long long) mismatches);
    return mismatches ? 3 : 0;
}
