# zoho-lock-mock in a container: build with the Swift toolchain, run on slim Debian
# with only the runtime libraries the binary links (checked by DockerfileTests).
#   docker build -t zoho-lock-mock .
#   docker run --rm -p 8080:8080 zoho-lock-mock

FROM swift:6.3-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends libmicrohttpd-dev libsqlite3-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
# The Swift runtime and Foundation are linked statically: the run stage needs no toolchain.
RUN swift build -c release --static-swift-stdlib --product zoho-lock-mock \
 && install -D "$(swift build -c release --show-bin-path)/zoho-lock-mock" /out/zoho-lock-mock

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libmicrohttpd12 libsqlite3-0 libstdc++6 tzdata curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /app zoho
COPY --from=build /out/zoho-lock-mock /usr/local/bin/zoho-lock-mock
COPY seed-data /app/seed-data
WORKDIR /app
USER zoho
# Inside a container the emulator must listen on every interface to be reachable.
ENV ZOHO_LOCK_MOCK_HOST=0.0.0.0 \
    ZOHO_LOCK_MOCK_PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=2s --start-period=2s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/__mock/health || exit 1
ENTRYPOINT ["zoho-lock-mock"]
