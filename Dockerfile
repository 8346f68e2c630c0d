# Build:  docker build -t consolidator .
# Run:    docker run -p 8080:8080 -e CONSOLIDATOR_WEBHOOK_SECRET=... -v consolidator-data:/data -v consolidator-work:/work consolidator

# 1. build the executable jar with Maven on Java 17
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
# Maven's own JVM options (C1 only, the serial collector: a build is too short for C2 to pay back)
COPY .mvn ./.mvn
COPY config ./config
COPY src ./src
# no class data sharing archive: the runtime image has another JDK, and this stage has no examples/ to train on
RUN mvn -q -B -DskipTests -Dcds.skip=true package

# 2. run it on a plain Java 17 runtime, as a non-root user
FROM eclipse-temurin:17-jre
RUN groupadd --system consolidator \
 && useradd --system --gid consolidator --home-dir /app --shell /usr/sbin/nologin consolidator \
 && mkdir -p /app/config /data /work \
 && chown consolidator:consolidator /data /work
# curl for the HEALTHCHECK below (not every JRE base image ships it)
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/consolidator.jar /app/consolidator.jar
COPY config/consolidator.yml /app/config/consolidator.yml
# H2 database file and repository clones live on volumes, so they survive container replacement.
ENV CONSOLIDATOR_PORT=8080 \
    CONSOLIDATOR_DB_URL=jdbc:h2:file:/data/consolidator \
    CONSOLIDATOR_WORK_DIR=/work
VOLUME ["/data", "/work"]
EXPOSE 8080
USER consolidator
# ready = database reachable, migrations applied, workers running (GET /readyz answers 200; no token needed for up/down)
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${CONSOLIDATOR_PORT}/readyz" || exit 1
# exec form: java is PID 1 and gets SIGTERM from `docker stop` (it exits cleanly within Docker's 10 s)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/consolidator.jar"]
CMD ["serve"]
