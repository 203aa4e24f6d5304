-- Run once by the postgres:17 image on an empty data directory (mounted into /docker-entrypoint-initdb.d
-- by docker-compose.yml). One role for the CallQA services and one database per service; each service
-- migrates its own schema with Flyway at start-up. Delete the postgres-data volume to run it again.
CREATE ROLE callqa WITH LOGIN PASSWORD 'callqa';

CREATE DATABASE ingest OWNER callqa;
CREATE DATABASE sampling OWNER callqa;
CREATE DATABASE scoring OWNER callqa;
CREATE DATABASE feedback OWNER callqa;
CREATE DATABASE reporting OWNER callqa;
