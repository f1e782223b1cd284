-- As V3, for the tables made after it: ids compare case-sensitively, as in the files and on H2, and a
-- join between two id columns compares them under one collation.
ALTER TABLE withheld_contract CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE run_waiting_claim CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
