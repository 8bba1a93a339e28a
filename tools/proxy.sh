#!/usr/bin/env bash
# The proxy in front of N portal instances (README "Scaling out"): Debian's haproxy terminates HTTPS, sends plain
# HTTP to HTTPS, and keeps each browser on the instance where its session lives (sticky cookie KINERJA_INSTANS).
#   tools/proxy.sh 127.0.0.1:8081 127.0.0.1:8082 [...]        (each instance: host:port)
# Settings (environment):
#   PROXY_HTTPS_PORT  port for HTTPS (default 8443; 443 needs root or CAP_NET_BIND_SERVICE)
#   PROXY_HTTP_PORT   port that only redirects to HTTPS (default 8000)
#   PROXY_HTTPS_PORT_PUBLIK  the HTTPS port people reach when a container maps another one (docker/compose.yaml:
#                     443 outside, 8443 inside); the redirect and the portal's own links name it (default: as above)
#   PROXY_FOLDER      where the configuration and a generated certificate are kept (default ./data/proxy)
#   PROXY_SERTIFIKAT  the office's own certificate: one PEM file with the certificate, its chain and its private key.
#                     Unset: a self-signed one is generated at the first start into $PROXY_FOLDER/sertifikat.pem
#                     (its certificate alone in sertifikat.crt, to be trusted by the office's browsers, see README)
#   PROXY_NAMA        the name people type to reach the portal, put into a generated certificate (default: this
#                     host's name; localhost and 127.0.0.1 are always in it)
# haproxy runs in the foreground (exec); stop it with Ctrl+C or by its pid.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: tools/proxy.sh host:port [host:port ...]" >&2; exit 2; }
command -v haproxy >/dev/null || { echo "haproxy not found: apt-get install haproxy" >&2; exit 1; }

https_port=${PROXY_HTTPS_PORT:-8443}
http_port=${PROXY_HTTP_PORT:-8000}
publik=${PROXY_HTTPS_PORT_PUBLIK:-$https_port}
folder=${PROXY_FOLDER:-./data/proxy}
nama=${PROXY_NAMA:-$(hostname -f 2>/dev/null || hostname)}
mkdir -p "$folder"
folder=$(cd "$folder" && pwd)

if [ -n "${PROXY_SERTIFIKAT:-}" ]; then
    sertifikat=$PROXY_SERTIFIKAT
else
    sertifikat=$folder/sertifikat.pem
    if [ ! -s "$sertifikat" ]; then
        command -v openssl >/dev/null || { echo "openssl not found: apt-get install openssl" >&2; exit 1; }
        # 10 years, because the office trusts this one certificate by hand (README); a new one would need it again
        ( umask 077; openssl req -x509 -newkey rsa:2048 -sha256 -days 3650 -nodes -subj "/CN=$nama" \
            -addext "subjectAltName=DNS:$nama,DNS:localhost,IP:127.0.0.1" \
            -addext "basicConstraints=critical,CA:FALSE" -addext "extendedKeyUsage=serverAuth" \
            -keyout "$folder/sertifikat.key" -out "$folder/sertifikat.crt" 2>/dev/null )
        cat "$folder/sertifikat.crt" "$folder/sertifikat.key" > "$sertifikat"
        chmod 600 "$sertifikat"
        echo "Sertifikat baru untuk $nama: $folder/sertifikat.crt (percayakan di peramban kantor, lihat README)"
    fi
fi

# the redirect keeps the host people typed and names the HTTPS port unless it is the standard one
if [ "$publik" = 443 ]; then tujuan='https://%[req.hdr(host),field(1,:)]%[capture.req.uri]'
else tujuan="https://%[req.hdr(host),field(1,:)]:$publik%[capture.req.uri]"; fi

konfigurasi=$folder/haproxy.cfg
{
cat <<CFG
# Written by tools/proxy.sh; changes here are overwritten at its next start.
global
    maxconn 4096
    ssl-default-bind-options ssl-min-ver TLSv1.2

defaults
    mode http
    timeout connect 5s
    timeout client 5m
    timeout server 5m
    timeout http-request 15s

frontend http
    bind :$http_port
    http-request redirect location $tujuan code 301

frontend https
    bind :$https_port ssl crt $sertifikat alpn http/1.1
    # The portal trusts these headers from this proxy only (server.tomcat.remoteip.internal-proxies): set here,
    # never passed on from the browser, so nobody can claim another address or scheme.
    http-request set-header X-Forwarded-For %[src]
    http-request set-header X-Forwarded-Proto https
    http-request set-header X-Forwarded-Port $publik
    http-request del-header X-Forwarded-Host
    default_backend portal

backend portal
    balance roundrobin
    # sticky sessions: a session lives in one instance's memory (Vaadin's UI state)
    cookie KINERJA_INSTANS insert indirect nocache httponly secure attr "SameSite=Lax"
CFG
i=0
for instans in "$@"; do
    i=$((i + 1))
    # a TCP check: an HTTP check of a page would open a session on every probe
    echo "    server portal$i $instans check inter 2s cookie portal$i"
done
} > "$konfigurasi"

haproxy -c -q -f "$konfigurasi"
echo "Proksi: https://$nama:$publik/ (HTTP di port $http_port dialihkan ke sana) -> $*"
exec haproxy -db -f "$konfigurasi"
